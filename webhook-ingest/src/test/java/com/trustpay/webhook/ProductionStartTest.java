package com.trustpay.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile webhook-ingest starts only with webhook secrets of its own. */
class ProductionStartTest {

    private static final String DATA_KEYS = "--trustpay.crypto.keys=p1:FhWk8m3QeZ4Ff0kRrPo8hV4e1c5Jm2nXy7Tq9Ls6Ab0=";
    private static final String ACTIVE_KEY = "--trustpay.crypto.active-key=p1";

    @Test
    void refusesToStartWithoutDataKeysOrWithTheSandboxsKey() {
        assertThat(ProductionStart.refusal(WebhookIngestApplication.class)).contains("trustpay.crypto.keys is empty");
        assertThat(ProductionStart.refusal(WebhookIngestApplication.class, DATA_KEYS))
                .contains("trustpay.crypto.active-key is empty");
        assertThat(ProductionStart.refusal(
                        WebhookIngestApplication.class,
                        "--trustpay.crypto.keys=p1:HNrQ/n1hhmO4DNk/UvYyUU4OKijxdynqmNehHd/IEVw=",
                        ACTIVE_KEY))
                .contains("trustpay.crypto.keys holds the sandbox's key (p1)")
                .doesNotContain("HNrQ");
        assertThat(ProductionStart.refusal(
                        WebhookIngestApplication.class, "--trustpay.crypto.keys=p1:c2hvcnQ=", ACTIVE_KEY))
                .contains("trustpay.crypto.keys key p1 has 5 bytes: AES-256 needs 32");
    }

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
                "--webhook.secrets.razorpayx.current=9d8c7b6a5f4e3d2c1b0a",
                DATA_KEYS,
                ACTIVE_KEY);
    }

    /** Razorpay, PhonePe and PayU are off by default; turned on, each needs its own credentials (ADR 0016). */
    @Test
    void refusesAnEnabledProviderWithoutItsCredentials() {
        assertThat(ProductionStart.refusal(
                        WebhookIngestApplication.class,
                        "--webhook.secrets.setu.current=5e1f0a7c9b2d4e6f8a0c2e4f",
                        "--webhook.secrets.razorpayx.current=9d8c7b6a5f4e3d2c1b0a",
                        "--webhook.enabled.razorpay=true",
                        "--webhook.enabled.phonepe=true",
                        "--webhook.enabled.payu=true",
                        "--webhook.phonepe.current.username=merchant_wh",
                        "--webhook.standard.acme.secrets=whsec_"))
                .contains("webhook.secrets.razorpay.current")
                .contains("Only one half of webhook.phonepe.current")
                .contains("webhook.payu.current is empty")
                .contains("webhook.standard.acme.secrets")
                .doesNotContain("merchant_wh");
    }

    @Test
    void refusesTheSandboxsCredentialsOfTheOptionalProviders() {
        assertThat(ProductionStart.refusal(
                        WebhookIngestApplication.class,
                        "--webhook.secrets.setu.current=5e1f0a7c9b2d4e6f8a0c2e4f",
                        "--webhook.secrets.razorpayx.current=9d8c7b6a5f4e3d2c1b0a",
                        "--webhook.secrets.razorpay.current=sandbox_rzp_webhook_secret",
                        "--webhook.phonepe.current.password=sandboxPhonePe2026",
                        "--webhook.payu.previous.salt=sandboxpayusalt2026"))
                .contains("webhook.secrets.razorpay.current has the sandbox's default value")
                .contains("webhook.phonepe.current.password has the sandbox's default value")
                .contains("webhook.payu.previous.salt has the sandbox's default value");
    }

    @Test
    void startsWithEnabledProvidersAndCredentialsOfTheirOwn() {
        ProductionStart.passes(
                WebhookIngestApplication.class,
                "--webhook.secrets.setu.current=5e1f0a7c9b2d4e6f8a0c2e4f",
                "--webhook.secrets.razorpayx.current=9d8c7b6a5f4e3d2c1b0a",
                DATA_KEYS,
                ACTIVE_KEY,
                "--webhook.enabled.razorpay=true",
                "--webhook.secrets.razorpay.current=3c5e7a9b1d2f4a6c8e0b",
                "--webhook.enabled.phonepe=true",
                "--webhook.phonepe.current.username=merchant_wh",
                "--webhook.phonepe.current.password=Wh00kPassword9",
                "--webhook.enabled.payu=true",
                "--webhook.payu.current.key=gtKFFx",
                "--webhook.payu.current.salt=eCwWELxi",
                "--webhook.standard.acme.secrets=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    }
}
