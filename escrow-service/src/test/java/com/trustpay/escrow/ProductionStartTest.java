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
                "--trustpay.identity.private-key=-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----",
                "--trustpay.crypto.keys=p1:FhWk8m3QeZ4Ff0kRrPo8hV4e1c5Jm2nXy7Tq9Ls6Ab0=",
                "--trustpay.crypto.active-key=p1");
    }

    @Test
    void refusesAShortInspectionDayOutsideTheSandbox() {
        assertThat(ProductionStart.refusal(
                        EscrowServiceApplication.class,
                        "--trustpay.identity.private-key=-----BEGIN PRIVATE KEY-----",
                        "--trustpay.escrow.inspection-day-length=5s",
                        "--trustpay.escrow.inspection-reminder-lead=2s"))
                .contains("trustpay.escrow.inspection-day-length may differ from its default (1d) only in the sandbox")
                .contains("trustpay.escrow.inspection-reminder-lead may differ from its default (24h)");
    }

    @Test
    void refusesTheSandboxsDataKey() {
        assertThat(ProductionStart.refusal(
                        EscrowServiceApplication.class,
                        "--trustpay.crypto.keys=p1:mY+OI8D27rEzxDVWTqWAGtDmM9dPT4GJogWjv/C5J+c=",
                        "--trustpay.crypto.active-key=p1"))
                .contains("trustpay.crypto.keys holds the sandbox's key (p1)");
    }
}
