package com.trustpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile the gateway never serves /sandbox-pay. */
class ProductionStartTest {

    @Test
    void refusesToStartWithTheSandboxPayerOn() {
        assertThat(ProductionStart.refusal(GatewayApplication.class, "--trustpay.sandbox.enabled=true"))
                .contains("api-gateway refuses to start")
                .contains("trustpay.sandbox.enabled has the sandbox's default value");
    }

    @Test
    void startsOnItsDefaultsWithTheSandboxPayerOff() {
        ProductionStart.passes(GatewayApplication.class);
    }
}
