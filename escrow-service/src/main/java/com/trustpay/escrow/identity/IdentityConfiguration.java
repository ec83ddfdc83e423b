package com.trustpay.escrow.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.trustpay.escrow.identity.application.AccountEvents;
import com.trustpay.escrow.identity.application.Accounts;
import com.trustpay.escrow.identity.application.TokenIssuer;
import com.trustpay.escrow.identity.messaging.OutboxAccountEvents;
import com.trustpay.escrow.identity.persistence.UserRepository;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.web.security.JwtDefaults;
import com.trustpay.platform.web.security.JwtProperties;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires users, password hashing (BCrypt by default), the signing key, token issuing and verification. */
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
    AccountEvents accountEvents(Outbox outbox) {
        return new OutboxAccountEvents(outbox);
    }

    @Bean
    Accounts accounts(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            TokenIssuer tokens,
            AccountEvents events,
            PlatformTransactionManager transactions) {
        return new Accounts(users, passwordEncoder, tokens, events, new TransactionTemplate(transactions));
    }

    @Bean
    ApplicationRunner adminBootstrap(Accounts accounts, IdentityProperties properties) {
        return args -> accounts.ensureAdmin(properties.adminEmail(), properties.adminPassword());
    }
}
