package com.trustpay.escrow.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.trustpay.escrow.identity.application.AccountEvents;
import com.trustpay.escrow.identity.application.Accounts;
import com.trustpay.escrow.identity.application.AdminAccess;
import com.trustpay.escrow.identity.application.AdminGrantCommand;
import com.trustpay.escrow.identity.application.LoginThrottle;
import com.trustpay.escrow.identity.application.Sessions;
import com.trustpay.escrow.identity.application.TokenIssuer;
import com.trustpay.escrow.identity.messaging.OutboxAccountEvents;
import com.trustpay.escrow.identity.persistence.AdminBootstrapRepository;
import com.trustpay.escrow.identity.persistence.LoginThrottleRepository;
import com.trustpay.escrow.identity.persistence.RefreshTokenRepository;
import com.trustpay.escrow.identity.persistence.UserRepository;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.JwtProperties;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires users, password hashing (BCrypt by default), the signing key, token issuing and verification, browser
 * sessions (refresh tokens), login throttling, and the ways to become an admin (operator command, bootstrap token,
 * the sandbox's built-in admin).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityConfiguration {

    @Bean
    RSAKey jwtSigningKey(IdentityProperties properties) {
        return JwtKeys.load(properties.privateKey(), properties.publicKey());
    }

    @Bean
    JWKSet jwkSet(RSAKey jwtSigningKey) {
        return new JWKSet(jwtSigningKey);
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSet jwkSet) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(jwkSet));
    }

    /** Verifies tokens with our own public key: signature, expiry (with platform-web's clock skew) and issuer. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey jwtSigningKey, IdentityProperties properties, JwtProperties jwt) throws JOSEException {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(jwtSigningKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtDefaults.validator(properties.issuer(), jwt.clockSkew()));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserRepository userRepository(JdbcClient jdbc) {
        return new UserRepository(jdbc);
    }

    @Bean
    TokenIssuer tokenIssuer(JwtEncoder encoder, RSAKey jwtSigningKey, IdentityProperties properties, Clock clock) {
        return new TokenIssuer(encoder, properties.issuer(), jwtSigningKey.getKeyID(), properties.tokenTtl(), clock);
    }

    @Bean
    LoginThrottle loginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        return new LoginThrottle(
                new LoginThrottleRepository(jdbc), properties.login().backoff(), clock);
    }

    @Bean
    AccountEvents accountEvents(Outbox outbox) {
        return new OutboxAccountEvents(outbox);
    }

    @Bean
    Accounts accounts(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            LoginThrottle loginThrottle,
            AccountEvents events,
            PlatformTransactionManager transactions) {
        return new Accounts(users, passwordEncoder, loginThrottle, events, new TransactionTemplate(transactions));
    }

    @Bean
    Sessions sessions(
            Accounts accounts,
            TokenIssuer tokens,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            IdentityProperties properties) {
        return new Sessions(
                accounts,
                tokens,
                new RefreshTokenRepository(jdbc),
                new TransactionTemplate(transactions),
                clock,
                properties.session().refreshTtl(),
                properties.session().reuseGrace());
    }

    @Bean
    AdminAccess adminAccess(
            UserRepository users,
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactions,
            Clock clock,
            IdentityProperties properties) {
        return new AdminAccess(
                users,
                new AdminBootstrapRepository(jdbc),
                passwordEncoder,
                new TransactionTemplate(transactions),
                clock,
                properties.adminBootstrapTokenSha256());
    }

    /** {@code --trustpay.admin.grant=<email>}: make admins, then exit. */
    @Bean
    AdminGrantCommand adminGrantCommand(AdminAccess admins, ConfigurableApplicationContext context) {
        return new AdminGrantCommand(admins, status -> System.exit(SpringApplication.exit(context, () -> status)));
    }

    /** The built-in admin of the sandbox; no other profile has one. */
    @Configuration(proxyBeanMethods = false)
    @Profile("sandbox")
    static class SandboxAdmin {

        @Bean
        ApplicationRunner sandboxAdmin(AdminAccess admins, IdentityProperties properties) {
            return args -> {
                if (properties.adminEmail() != null && properties.adminPassword() != null) {
                    admins.ensureSandboxAdmin(properties.adminEmail(), properties.adminPassword());
                }
            };
        }
    }
}
