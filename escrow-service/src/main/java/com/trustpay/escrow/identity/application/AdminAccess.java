package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.Role;
import com.trustpay.escrow.identity.domain.User;
import com.trustpay.escrow.identity.persistence.AdminBootstrapRepository;
import com.trustpay.escrow.identity.persistence.UserRepository;
import com.trustpay.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who becomes an admin, and how: an operator's command names an existing account, or a user presents the one-time
 * bootstrap token (configured only as its SHA-256, spent in the database on first use). Registering an e-mail
 * address never makes anyone an admin. Under the sandbox profile a built-in admin account is created as well.
 */
public class AdminAccess {

    private static final Logger log = LoggerFactory.getLogger(AdminAccess.class);

    private final UserRepository users;
    private final AdminBootstrapRepository bootstraps;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final byte[] bootstrapTokenSha256;

    /** @param bootstrapTokenSha256 the hex SHA-256 of the bootstrap token, or null when there is none */
    public AdminAccess(
            UserRepository users,
            AdminBootstrapRepository bootstraps,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock,
            String bootstrapTokenSha256) {
        this.users = users;
        this.bootstraps = bootstraps;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
        this.bootstrapTokenSha256 = bootstrapTokenSha256 == null || bootstrapTokenSha256.isBlank()
                ? null
                : HexFormat.of().parseHex(bootstrapTokenSha256.strip().toLowerCase(Locale.ROOT));
    }

    /** The operator's command: the account with this e-mail address becomes an admin. */
    public User grant(String email) {
        User user = users.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> ProblemException.notFound("USER_NOT_FOUND", "No account has this e-mail address"));
        if (!user.isAdmin()) {
            users.updateRoles(user.id(), EnumSet.of(Role.USER, Role.ADMIN));
        }
        log.warn("Admin role granted to user {} by operator command", user.id());
        return user;
    }

    /**
     * The caller becomes an admin with the bootstrap token: {@code BOOTSTRAP_TOKEN_INVALID} (403) for a wrong token
     * or none configured, {@code BOOTSTRAP_TOKEN_USED} (410) once it has been spent.
     */
    public void bootstrap(UUID userId, String token) {
        if (bootstrapTokenSha256 == null
                || token == null
                || !MessageDigest.isEqual(sha256(token), bootstrapTokenSha256)) {
            throw ProblemException.forbidden("BOOTSTRAP_TOKEN_INVALID", "This is not the admin bootstrap token");
        }
        transactions.executeWithoutResult(status -> {
            if (!bootstraps.spend(HexFormat.of().formatHex(bootstrapTokenSha256), userId, clock.instant())) {
                throw new ProblemException(
                        ProblemException.Kind.GONE,
                        "BOOTSTRAP_TOKEN_USED",
                        "The admin bootstrap token was used already");
            }
            users.updateRoles(userId, EnumSet.of(Role.USER, Role.ADMIN));
        });
        log.warn("Admin role granted to user {} with the bootstrap token", userId);
    }

    /**
     * The sandbox's built-in admin: created with this address and password when no account has the address. An
     * existing account with it is left as it is (an admin already, or a user who registered it: never promoted).
     */
    public void ensureSandboxAdmin(String email, String password) {
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (!existing.get().isAdmin()) {
                log.warn("The sandbox admin address {} belongs to an ordinary account; it is not promoted", email);
            }
            return;
        }
        try {
            users.insert(new User(
                    UUID.randomUUID(),
                    email.toLowerCase(Locale.ROOT),
                    "Administrator",
                    null,
                    passwords.encode(password),
                    EnumSet.of(Role.USER, Role.ADMIN)));
        } catch (DuplicateKeyException e) {
            // another instance created it at the same moment
        }
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
