package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.Registration;
import com.trustpay.escrow.identity.domain.Role;
import com.trustpay.escrow.identity.domain.User;
import com.trustpay.escrow.identity.persistence.UserRepository;
import com.trustpay.platform.problem.ProblemException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up and sign-in. */
public class Accounts {

    private static final int MAX_EMAIL = 254;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AccountEvents events;
    private final TransactionTemplate tx;

    /** Checked against when the e-mail is unknown, so that an unknown address costs as much as a wrong password. */
    private final String unknownUserHash;

    public Accounts(
            UserRepository users,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AccountEvents events,
            TransactionTemplate tx) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.tx = tx;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Registers a user; the new user, or empty when the e-mail is taken (in any case). The caller answers both the
     * same way, so that registering tells a stranger nothing about which addresses have accounts.
     */
    public Optional<User> register(Registration registration) {
        User user = new User(
                UUID.randomUUID(),
                registration.email(),
                registration.name(),
                registration.phone(),
                passwords.encode(registration.password()),
                EnumSet.of(Role.USER));
        try {
            insertAndAnnounce(user);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /**
     * The user with this e-mail and password; anything else is {@code INVALID_CREDENTIALS} (401), after the same
     * password check whether the address is known or not; a locked address is {@code LOGIN_LOCKED} (429), a disabled
     * account (after the right password only, so it tells a stranger nothing) {@code ACCOUNT_DISABLED} (403).
     */
    public User authenticate(String email, String password) {
        String address = address(email);
        throttle.checkOpen(address);
        Optional<User> user = address.isEmpty() ? Optional.empty() : users.findByEmail(address);
        String candidate = password == null || Registration.tooLong(password) ? "" : password;
        boolean matches =
                passwords.matches(candidate, user.map(User::passwordHash).orElse(unknownUserHash));
        if (user.isEmpty() || !matches || candidate.isEmpty()) {
            throttle.failed(address);
            throw new ProblemException(
                    ProblemException.Kind.UNAUTHORIZED, "INVALID_CREDENTIALS", "Wrong e-mail or password");
        }
        throttle.succeeded(address);
        return enabled(user.get().id());
    }

    /** The account as it is now, for issuing a token; {@code ACCOUNT_DISABLED} when it was disabled or removed. */
    public User enabled(UUID id) {
        return users.findEnabled(id)
                .orElseThrow(() -> ProblemException.forbidden(
                        "ACCOUNT_DISABLED", "This account is disabled. Contact TrustPay support."));
    }

    /** The address as stored (lower case), cut just past the longest valid one: no account has a longer one. */
    private static String address(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return address.length() > MAX_EMAIL ? address.substring(0, MAX_EMAIL + 1) : address;
    }

    public Optional<User> find(UUID id) {
        return users.find(id);
    }

    /** The account and the news of it commit together: no UserRegistered for an account that was not stored. */
    private void insertAndAnnounce(User user) {
        tx.executeWithoutResult(status -> {
            users.insert(user);
            events.registered(user);
        });
    }
}
