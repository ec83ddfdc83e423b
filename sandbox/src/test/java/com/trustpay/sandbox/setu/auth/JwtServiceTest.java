package com.trustpay.sandbox.setu.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JwtServiceTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void tokenIsAcceptedUntilItsExpiryAndRefusedAfter() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        String token =
                new JwtService(KEY, Clock.fixed(t0, ZoneOffset.UTC), Duration.ofSeconds(300)).issue("client", "M1");

        assertThat(at(t0.plusSeconds(299)).verify(token)).contains("M1");
        assertThat(at(t0.plusSeconds(300)).verify(token)).isEmpty();
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        Clock clock = Clock.systemUTC();
        String token = new JwtService("another-key-another-key-another!!".getBytes(), clock, Duration.ofMinutes(5))
                .issue("client", "M1");
        assertThat(new JwtService(KEY, clock, Duration.ofMinutes(5)).verify(token))
                .isEmpty();
    }

    private static JwtService at(Instant instant) {
        return new JwtService(KEY, Clock.fixed(instant, ZoneOffset.UTC), Duration.ofSeconds(300));
    }
}
