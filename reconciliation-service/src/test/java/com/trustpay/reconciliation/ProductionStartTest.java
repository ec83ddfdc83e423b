package com.trustpay.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile reconciliation-service starts only with payment-service's internal token. */
class ProductionStartTest {

    @Test
    void refusesToStartWithoutTheInternalToken() {
        assertThat(ProductionStart.refusal(ReconciliationServiceApplication.class))
                .contains("reconciliation-service refuses to start")
                .contains("trustpay.reconciliation.payment-service.internal-token is empty");
    }

    @Test
    void refusesTheSandboxsToken() {
        assertThat(ProductionStart.refusal(
                        ReconciliationServiceApplication.class,
                        "--trustpay.reconciliation.payment-service.internal-token=sandbox-only-internal-token"))
                .contains("trustpay.reconciliation.payment-service.internal-token has the sandbox's default value");
    }

    @Test
    void startsWithATokenOfItsOwn() {
        ProductionStart.passes(
                ReconciliationServiceApplication.class,
                "--trustpay.reconciliation.payment-service.internal-token=5b1f0c9e7d3a4e2b8c6d0f1a");
    }
}
