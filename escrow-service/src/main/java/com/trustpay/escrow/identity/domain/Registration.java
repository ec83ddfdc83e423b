package com.trustpay.escrow.identity.domain;

import com.trustpay.platform.problem.ProblemException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A valid sign-up: a name, an e-mail address (kept in lower case), a password of 8 to 128 characters. */
public record Registration(String name, String email, String password, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]{6,20}");

    public static Registration of(String name, String email, String password, String phone) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw ProblemException.invalid("name", "INVALID_NAME", "A name of 1 to 100 characters is required");
        }
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
            throw ProblemException.invalid("email", "INVALID_EMAIL", "A valid e-mail address is required");
        }
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw ProblemException.invalid("password", "WEAK_PASSWORD", "The password needs 8 to 128 characters");
        }
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw ProblemException.invalid("phone", "INVALID_PHONE", "The phone number is not valid");
        }
        return new Registration(cleanName, cleanEmail, password, cleanPhone);
    }
}
