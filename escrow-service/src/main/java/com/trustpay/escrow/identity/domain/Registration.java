package com.trustpay.escrow.identity.domain;

import com.trustpay.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A valid sign-up: a name, an e-mail address (kept in lower case), a password of at least 8 characters and at most
 * 72 bytes in UTF-8 (BCrypt's limit).
 */
public record Registration(String name, String email, String password, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]{6,20}");

    /** BCrypt reads only the first 72 bytes of a password: a longer one cannot be stored faithfully. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** Whether the password is longer than BCrypt can hash (in UTF-8 bytes, not characters). */
    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    public static Registration of(String name, String email, String password, String phone) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw ProblemException.invalid("name", "INVALID_NAME", "A name of 1 to 100 characters is required");
        }
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
            throw ProblemException.invalid("email", "INVALID_EMAIL", "A valid e-mail address is required");
        }
        if (password == null || password.length() < 8) {
            throw ProblemException.invalid("password", "WEAK_PASSWORD", "The password needs at least 8 characters");
        }
        if (tooLong(password)) {
            throw ProblemException.unprocessable(
                    "password",
                    "PASSWORD_TOO_LONG",
                    "The password may have at most " + MAX_PASSWORD_BYTES
                            + " bytes in UTF-8 (72 plain letters and digits, fewer with accents or other scripts)");
        }
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw ProblemException.invalid("phone", "INVALID_PHONE", "The phone number is not valid");
        }
        return new Registration(cleanName, cleanEmail, password, cleanPhone);
    }
}
