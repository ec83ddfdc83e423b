package com.trustpay.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile webhook-ingest starts only with webhook secrets of its own. */
class ProductionStartTest {

    @Test
    void refusesToStartWithoutWebhookSecrets() {
        assertThat(ProductionStart.refusal(WebhookIngestApplication.class))
                .contains("webhook-ingest refuses to start")
                .contains("webhook.secrets.setu.current is empty")
                .contains("webhook.secrets.razorpayx.current is empty");
    }

    @Test
    void refusesTheSandboxsSecretsEvenAsThePreviousOne() {
        assertThat(ProductionStart.refusal(
                        WebhookIngestApplication.class,
                        "--webhook.secrets.setu.current=sandboxsetusecret1234567890",
                        "--webhook.secrets.razorpayx.current=9d8c7b6a5f4e3d2c1b0a",
                        "--webhook.secrets.razorpayx.previous=sandbox_rzpx_secret"))
                .contains("webhook.secrets.setu.current has the sandbox's default value")
                .contains("webhook.secrets.razorpayx.previous has the sandbox's default value")
                .doesNotContain("webhook.secrets.razorpayx.current");
    }

    @Test
    void startsWithSecretsOfItsOwn() {
        ProductionStart.passes(
                WebhookIngestApplication.class,
                "--webhook.secrets.setu.current=5e1f0a7c9b2d4e6f8a0c2e4f",
                "--webhook.secrets.razorpayx.current=9d8c7b6a5f4e3d2c1b0a");
    }
}
