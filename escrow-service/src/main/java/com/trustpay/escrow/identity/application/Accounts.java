package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.Registration;
import com.trustpay.escrow.identity.domain.Role;
import com.trustpay.escrow.identity.domain.User;
import com.trustpay.escrow.identity.persistence.UserRepository;
import com.trustpay.platform.problem.ProblemException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up, sign-in and the first admin. */
public class Accounts {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final AccountEvents events;
    private final TransactionTemplate tx;

    public Accounts(
            UserRepository users,
            PasswordEncoder passwords,
            TokenIssuer tokens,
            AccountEvents events,
            TransactionTemplate tx) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.events = events;
        this.tx = tx;
    }

    /** Registers a user; an e-mail that is taken (in any case) is {@code EMAIL_TAKEN} (409). */
    public User register(Registration registration) {
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
            throw ProblemException.conflict("EMAIL_TAKEN", "This e-mail address is already registered");
        }
        return user;
    }

    /** A token for the right e-mail and password; anything else is {@code INVALID_CREDENTIALS} (401). */
    public TokenIssuer.AccessToken login(String email, String password) {
        Optional<User> user = email == null ? Optional.empty() : users.findByEmail(email.strip());
        if (user.isEmpty()
                || password == null
                || !passwords.matches(password, user.get().passwordHash())) {
            throw new ProblemException(
                    ProblemException.Kind.UNAUTHORIZED, "INVALID_CREDENTIALS", "Wrong e-mail or password");
        }
        return tokens.issue(user.get());
    }

    public Optional<User> find(UUID id) {
        return users.find(id);
    }

    /** Makes sure the configured admin exists and has the ADMIN role. */
    public void ensureAdmin(String email, String password) {
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (!existing.get().isAdmin()) {
                users.updateRoles(existing.get().id(), Set.of(Role.USER, Role.ADMIN));
            }
            return;
        }
        try {
            insertAndAnnounce(new User(
                    UUID.randomUUID(),
                    email.toLowerCase(java.util.Locale.ROOT),
                    "Administrator",
                    null,
                    passwords.encode(password),
                    EnumSet.of(Role.USER, Role.ADMIN)));
        } catch (DuplicateKeyException e) {
            // another instance created it at the same moment
        }
    }

    /** The account and the news of it commit together: no UserRegistered for an account that was not stored. */
    private void insertAndAnnounce(User user) {
        tx.executeWithoutResult(status -> {
            users.insert(user);
            events.registered(user);
        });
    }
}
