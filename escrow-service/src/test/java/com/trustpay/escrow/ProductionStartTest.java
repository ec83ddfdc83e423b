package com.trustpay.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile escrow-service starts only with a signing key of its own, never a generated one. */
class ProductionStartTest {

    @Test
    void refusesToGenerateASigningKey() {
        assertThat(ProductionStart.refusal(EscrowServiceApplication.class))
                .contains("escrow-service refuses to start")
                .contains("trustpay.identity.private-key is empty: a signing key would be generated");
    }

    @Test
    void refusesActuatorOnTheApiPort() {
        assertThat(ProductionStart.refusal(
                        EscrowServiceApplication.class,
                        "--trustpay.identity.private-key=-----BEGIN PRIVATE KEY-----",
                        "--management.server.port=8081"))
                .contains("management.server.port is the API port")
                .doesNotContain("trustpay.identity.private-key");
    }

    @Test
    void startsWithASigningKeyOfItsOwn() {
        ProductionStart.passes(
                EscrowServiceApplication.class,
                "--trustpay.identity.private-key=-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----");
    }
}
