package com.trustpay.escrow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Registration and login against real PostgreSQL: a neutral answer to registration, BCrypt's 72-byte limit as a
 * problem, per-address lockout with a growing lock, and the same password check for unknown addresses.
 */
@SpringBootTest(
        properties = {
            "trustpay.escrow.expiry-sweep=1h",
            "trustpay.identity.login.max-failures=5",
            "trustpay.identity.login.first-lock=2s",
            "trustpay.identity.login.max-lock=1h"
        })
class LoginAndRegistrationIT extends EscrowServiceIT {

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    private Response register(String email, String password) throws Exception {
        return api.post("/api/auth/register", null, Map.of("name", "Asha", "email", email, "password", password));
    }

    private Response login(String email, String password) throws Exception {
        return api.post("/api/auth/login", null, Map.of("email", email, "password", password));
    }

    @Test
    void registeringATakenAddressAnswersExactlyLikeANewOne() throws Exception {
        String email = email("asha");
        Response first = register(email, "first-password");
        Response again = register(email.toUpperCase(), "stranger-password");

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(first.text("next")).isEqualTo("LOG_IN");
        assertThat(login(email, "first-password").status()).isEqualTo(200);
        assertThat(login(email, "stranger-password").code()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsA422NotA500() throws Exception {
        String seventyThreeBytes = "é".repeat(36) + "x";
        Response refused = register(email("long"), seventyThreeBytes);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.code()).isEqualTo("PASSWORD_TOO_LONG");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");

        String seventyTwoBytes = "é".repeat(36);
        String email = email("longest");
        assertThat(register(email, seventyTwoBytes).status()).isEqualTo(202);
        assertThat(login(email, seventyTwoBytes).status()).isEqualTo(200);
        assertThat(login(email, seventyThreeBytes).code()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void fiveFailuresLockTheAddressEvenForTheRightPasswordThenTheLockGrows() throws Exception {
        String email = email("ravi");
        register(email, "right-password");
        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "wrong-password").code()).isEqualTo("INVALID_CREDENTIALS");
        }

        Response locked = login(email, "right-password");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("LOGIN_LOCKED");
        long retryAfter = locked.json().get("retryAfterSeconds").asLong();
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(locked.header("Retry-After")).isEqualTo(Long.toString(retryAfter));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> login(email, "wrong-password").status() == 401);
        Response longer = login(email, "right-password");
        assertThat(longer.code()).isEqualTo("LOGIN_LOCKED");
        assertThat(longer.json().get("retryAfterSeconds").asLong()).isBetween(3L, 4L);

        await().atMost(Duration.ofSeconds(6))
                .until(() -> login(email, "right-password").status() == 200);
        for (int i = 0; i < 4; i++) {
            assertThat(login(email, "wrong-password").status()).isEqualTo(401);
        }
        assertThat(login(email, "right-password").status())
                .as("a success forgets the failures before it")
                .isEqualTo(200);
    }

    @Test
    void anUnknownAddressIsLockedTheSameWay() throws Exception {
        String nobody = email("nobody");
        for (int i = 0; i < 5; i++) {
            assertThat(login(nobody, "any-password").code()).isEqualTo("INVALID_CREDENTIALS");
        }
        assertThat(login(nobody, "any-password").code()).isEqualTo("LOGIN_LOCKED");
    }

    @Test
    void anUnknownAddressCostsAsMuchAsAWrongPassword() throws Exception {
        String email = email("timing");
        register(email, "right-password");
        login(email, "warm-up-password");
        long[] wrongPassword = new long[3];
        long[] unknownAddress = new long[3];
        for (int i = 0; i < 3; i++) {
            wrongPassword[i] = timed(email, "wrong-password");
            unknownAddress[i] = timed(email("unknown"), "wrong-password");
        }

        assertThat(median(unknownAddress))
                .as(
                        "an unknown address is checked against a hash too (ns: wrong password %s, unknown %s)",
                        Arrays.toString(wrongPassword), Arrays.toString(unknownAddress))
                .isGreaterThan(median(wrongPassword) / 3);
    }

    private long timed(String email, String password) throws Exception {
        long start = System.nanoTime();
        assertThat(login(email, password).status()).isEqualTo(401);
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
