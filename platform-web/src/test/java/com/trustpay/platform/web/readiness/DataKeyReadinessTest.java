package com.trustpay.platform.web.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.trustpay.platform.web.readiness.ReadinessRules.DataKeyRing;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Data keys for encryption at rest (ADR 0020) must be real AES-256 keys outside the sandbox profile. */
class DataKeyReadinessTest {

    private static final String SANDBOX_KEY = key(7, 32);
    private static final String REAL_K1 = key(1, 32);
    private static final String REAL_K2 = key(2, 32);
    private static final ReadinessRules RULES = new ReadinessRules(
            null,
            null,
            null,
            null,
            false,
            List.of(new DataKeyRing("trustpay.crypto.keys", "trustpay.crypto.active-key", List.of(SANDBOX_KEY))),
            null);

    private static String key(int fill, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static List<String> findings(String keys, String active) {
        MockEnvironment config = new MockEnvironment();
        if (keys != null) {
            config.withProperty("trustpay.crypto.keys", keys);
        }
        if (active != null) {
            config.withProperty("trustpay.crypto.active-key", active);
        }
        return ProductionReadiness.findings(RULES, config);
    }

    @Test
    void aRingOfRealKeysWithItsActiveKeyHasNoFindings() {
        assertThat(findings("k2:" + REAL_K2 + ", k1:" + REAL_K1, "k2")).isEmpty();
    }

    @Test
    void missingKeysAreRefused() {
        assertThat(findings(null, null))
                .containsExactly(
                        "trustpay.crypto.keys is empty: set the data keys (<id>:<base64 of 32 bytes>, comma-separated)");
        assertThat(findings("k1:" + REAL_K1, " "))
                .containsExactly(
                        "trustpay.crypto.active-key is empty: name the data key new values are encrypted with");
    }

    @Test
    void aShortOrMalformedKeyIsRefusedWithoutShowingIt() {
        String short16 = key(1, 16);

        assertThat(findings("k1:" + short16, "k1"))
                .containsExactly("trustpay.crypto.keys key k1 has 16 bytes: AES-256 needs 32")
                .allSatisfy(f -> assertThat(f).doesNotContain(short16));
        assertThat(findings("k1:%%%", "k1")).containsExactly("trustpay.crypto.keys key k1 is not base64");
        assertThat(findings(REAL_K1, "k1"))
                .contains("trustpay.crypto.keys has an entry that is not <id>:<base64 of 32 bytes>");
    }

    @Test
    void theSandboxsKeyIsRefusedUnderItsOwnIdOrAnother() {
        assertThat(findings("sandbox1:" + key(9, 32), "sandbox1"))
                .containsExactly("trustpay.crypto.keys holds the sandbox's key (sandbox1): its key is public");
        assertThat(findings("k2:" + REAL_K2 + ",old:" + SANDBOX_KEY, "k2"))
                .containsExactly("trustpay.crypto.keys holds the sandbox's key (old): its key is public");
    }

    @Test
    void anActiveKeyThatIsNotInTheRingIsRefused() {
        assertThat(findings("k1:" + REAL_K1, "k2"))
                .containsExactly("trustpay.crypto.active-key names a key that is not in trustpay.crypto.keys");
    }

    @Test
    void theCheckRefusesTheStartOutsideTheSandboxProfileAndNotInIt() {
        MockEnvironment config = new MockEnvironment()
                .withProperty("spring.application.name", "payment-service")
                .withProperty("trustpay.readiness.data-keys[0].keys", "trustpay.crypto.keys")
                .withProperty("trustpay.readiness.data-keys[0].active", "trustpay.crypto.active-key")
                .withProperty("trustpay.readiness.data-keys[0].sandbox-keys[0]", SANDBOX_KEY)
                .withProperty("trustpay.crypto.keys", "sandbox:" + SANDBOX_KEY)
                .withProperty("trustpay.crypto.active-key", "sandbox");
        ProductionReadinessCheck check = new ProductionReadinessCheck();

        ProductionReadinessException refusal = catchThrowableOfType(
                ProductionReadinessException.class,
                () -> check.postProcessEnvironment(config, new SpringApplication()));
        assertThat(refusal.getMessage())
                .contains("trustpay.crypto.keys holds the sandbox's key (sandbox)")
                .doesNotContain(SANDBOX_KEY);

        config.setActiveProfiles("sandbox");
        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(config, new SpringApplication()));
    }
}
