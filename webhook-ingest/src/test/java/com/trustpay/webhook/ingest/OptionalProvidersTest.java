package com.trustpay.webhook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.webhook.ingest.IngestProperties.Login;
import com.trustpay.webhook.ingest.IngestProperties.Merchant;
import com.trustpay.webhook.ingest.IngestProperties.PayU;
import com.trustpay.webhook.ingest.IngestProperties.PhonePe;
import com.trustpay.webhook.ingest.IngestProperties.Secrets;
import com.trustpay.webhook.ingest.IngestProperties.Standard;
import com.trustpay.webhook.ingest.domain.WebhookVerifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class OptionalProvidersTest {

    private static final String WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void everyOptionalProviderIsOffUnlessEnabled() {
        OptionalProviders providers = OptionalProviders.from(properties(Map.of(), null, null, Map.of(), Map.of()));

        assertThat(providers.verifiers()).isEmpty();
        assertThat(providers.disabled()).containsExactlyInAnyOrder("razorpay", "phonepe", "payu");
    }

    @Test
    void enabledProvidersWithCredentialsAndStandardProvidersGetVerifiers() {
        OptionalProviders providers = OptionalProviders.from(properties(
                Map.of("razorpay", true, "phonepe", true, "payu", true),
                new PhonePe(new Login("merchant_1", "secretPass1"), null),
                new PayU(new Merchant("key1", "salt1"), new Merchant("key0", "salt0")),
                Map.of("razorpay", new Secrets("rzp_secret", null)),
                Map.of("acme-pay", new Standard(List.of(WHSEC), Duration.ofMinutes(2)))));

        assertThat(providers.verifiers())
                .extracting(WebhookVerifier::provider)
                .containsExactlyInAnyOrder("razorpay", "phonepe", "payu", "acme-pay");
        assertThat(providers.disabled()).isEmpty();
    }

    @Test
    void anEnabledProviderWithoutItsCredentialsStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() ->
                        OptionalProviders.from(properties(Map.of("razorpay", true), null, null, Map.of(), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.secrets.razorpay.current");
        assertThatThrownBy(() -> OptionalProviders.from(properties(
                        Map.of("phonepe", true), new PhonePe(new Login("", ""), null), null, Map.of(), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.phonepe.current");
        assertThatThrownBy(
                        () -> OptionalProviders.from(properties(Map.of("payu", true), null, null, Map.of(), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.payu.current");
    }

    @Test
    void halfAPairIsAMistakeNotAnAbsence() {
        assertThatThrownBy(() -> OptionalProviders.from(properties(
                        Map.of("phonepe", true),
                        new PhonePe(new Login("merchant_1", "secretPass1"), new Login("old_user", null)),
                        null,
                        Map.of(),
                        Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.phonepe.previous")
                .hasMessageNotContaining("old_user");
        assertThatThrownBy(() -> OptionalProviders.from(properties(
                        Map.of("payu", true), null, new PayU(new Merchant(null, "salt1"), null), Map.of(), Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.payu.current")
                .hasMessageNotContaining("salt1");
    }

    @Test
    void aStandardProviderNeedsASecretAndAFreeWellFormedName() {
        assertThatThrownBy(() -> OptionalProviders.from(
                        properties(Map.of(), null, null, Map.of(), Map.of("acme", new Standard(List.of(" "), null)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.standard.acme.secrets");
        assertThatThrownBy(() -> OptionalProviders.from(
                        properties(Map.of(), null, null, Map.of(), Map.of("setu", new Standard(List.of(WHSEC), null)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.standard.setu");
        assertThatThrownBy(() -> OptionalProviders.from(properties(
                        Map.of(), null, null, Map.of(), Map.of("Acme_Pay", new Standard(List.of(WHSEC), null)))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> OptionalProviders.from(properties(
                        Map.of(), null, null, Map.of(), Map.of("acme", new Standard(List.of("whsec_!!"), null)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook.standard.acme.secrets")
                .hasMessageNotContaining("!!");
    }

    /** A provider that follows Standard Webhooks can be added by the environment alone. */
    @Test
    void aStandardProviderCanComeFromOneEnvironmentVariable() {
        SystemEnvironmentPropertySource env = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("WEBHOOK_STANDARD_ACME_SECRETS", WHSEC + ",whsec_c2Vjb25kLXNlY3JldC0wMQ=="));
        IngestProperties bound = new Binder(ConfigurationPropertySources.from(env))
                .bind("webhook", IngestProperties.class)
                .get();

        assertThat(bound.standard().get("acme").secrets()).hasSize(2);
        assertThat(OptionalProviders.from(bound).verifiers())
                .extracting(WebhookVerifier::provider)
                .containsExactly("acme");
    }

    private static IngestProperties properties(
            Map<String, Boolean> enabled,
            PhonePe phonePe,
            PayU payU,
            Map<String, Secrets> secrets,
            Map<String, Standard> standard) {
        return new IngestProperties(null, null, secrets, enabled, phonePe, payU, standard, null);
    }
}
