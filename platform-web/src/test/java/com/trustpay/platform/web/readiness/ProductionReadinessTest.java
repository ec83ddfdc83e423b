package com.trustpay.platform.web.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.platform.web.readiness.ReadinessRules.FixedDefault;
import com.trustpay.platform.web.readiness.ReadinessRules.SandboxDefault;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessTest {

    private static final ReadinessRules RULES = new ReadinessRules(
            List.of("provider.client-secret", "webhook.secret"),
            List.of("identity.private-key"),
            List.of(new SandboxDefault("webhook.secret", "sandbox_secret")),
            List.of("provider.base-url"),
            true,
            null,
            null);

    private static MockEnvironment ready() {
        return new MockEnvironment()
                .withProperty("provider.client-secret", "s3cr3t-from-the-vault")
                .withProperty("webhook.secret", "whsec-from-the-vault")
                .withProperty("identity.private-key", "-----BEGIN PRIVATE KEY-----...")
                .withProperty("provider.base-url", "https://umap.setu.co")
                .withProperty("server.port", "8082")
                .withProperty("management.server.port", "9090");
    }

    @Test
    void realLookingValuesHaveNoFindings() {
        assertThat(ProductionReadiness.findings(RULES, ready())).isEmpty();
    }

    @Test
    void noRulesNoFindings() {
        assertThat(ProductionReadiness.findings(ReadinessRules.NONE, new MockEnvironment()))
                .isEmpty();
    }

    @Test
    void everyOffendingPropertyIsNamedOnce() {
        List<String> findings = ProductionReadiness.findings(RULES, new MockEnvironment());

        assertThat(findings)
                .containsExactly(
                        "provider.client-secret is empty: set it to the real secret",
                        "webhook.secret is empty: set it to the real secret",
                        "identity.private-key is empty: a signing key would be generated for this process only",
                        "provider.base-url is empty: set the provider's URL",
                        "management.server.port is not set: actuator must have a port of its own");
    }

    @Test
    void actuatorOnTheApiPortIsRefused() {
        assertThat(ProductionReadiness.findings(RULES, ready().withProperty("management.server.port", "8082")))
                .containsExactly("management.server.port is the API port: actuator must have a port of its own");
        MockEnvironment unset = new MockEnvironment()
                .withProperty("provider.client-secret", "x")
                .withProperty("webhook.secret", "y")
                .withProperty("identity.private-key", "z")
                .withProperty("provider.base-url", "https://umap.setu.co");
        assertThat(ProductionReadiness.findings(RULES, unset))
                .containsExactly("management.server.port is not set: actuator must have a port of its own");
    }

    @Test
    void aRuleForOneProviderAppliesOnlyWhileThatProviderIsChosen() {
        ReadinessRules rules = new ReadinessRules(
                List.of(
                        "razorpayx.key-secret when payout.provider=razorpayx",
                        "cashfree.client-secret when payout.provider=cashfree"),
                null,
                null,
                List.of("cashfree.base-url when payout.provider=cashfree"),
                false,
                null,
                null);

        assertThat(ProductionReadiness.findings(
                        rules, new MockEnvironment().withProperty("payout.provider", "RazorpayX")))
                .containsExactly("razorpayx.key-secret is empty: set it to the real secret");
        assertThat(ProductionReadiness.findings(
                        rules,
                        new MockEnvironment()
                                .withProperty("payout.provider", "cashfree")
                                .withProperty("cashfree.base-url", "http://127.0.0.1:8089")))
                .containsExactly(
                        "cashfree.client-secret is empty: set it to the real secret",
                        "cashfree.base-url points at a local address (http://127.0.0.1:8089), the sandbox's place");
        assertThat(ProductionReadiness.findings(rules, new MockEnvironment())).isEmpty();
    }

    @Test
    void aMalformedConditionIsRefused() {
        ReadinessRules rules = new ReadinessRules(List.of("a.b when c.d"), null, null, null, false, null, null);

        assertThatThrownBy(() -> ProductionReadiness.findings(rules, new MockEnvironment()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.b when c.d");
    }

    @Test
    void aBlankSecretIsEmpty() {
        MockEnvironment config = ready().withProperty("provider.client-secret", "  ");

        assertThat(ProductionReadiness.findings(RULES, config))
                .containsExactly("provider.client-secret is empty: set it to the real secret");
    }

    @Test
    void aSandboxDefaultIsRefusedWithoutShowingTheValue() {
        MockEnvironment config = ready().withProperty("webhook.secret", "sandbox_secret");

        List<String> findings = ProductionReadiness.findings(RULES, config);

        assertThat(findings).containsExactly("webhook.secret has the sandbox's default value");
        assertThat(String.join("", findings)).doesNotContain("sandbox_secret");
    }

    @Test
    void placeholdersAreResolvedBeforeChecking() {
        MockEnvironment config = ready().withProperty("WEBHOOK_SECRET", "sandbox_secret")
                .withProperty("webhook.secret", "${WEBHOOK_SECRET:}");

        assertThat(ProductionReadiness.findings(RULES, config))
                .containsExactly("webhook.secret has the sandbox's default value");
    }

    @Test
    void aPropertyOnlyTheSandboxMayChangeIsRefusedUnlessItKeepsItsDefault() {
        ReadinessRules rules = new ReadinessRules(
                null, null, null, null, false, null, List.of(new FixedDefault("escrow.inspection-day-length", "1d")));

        assertThat(ProductionReadiness.findings(
                        rules, new MockEnvironment().withProperty("escrow.inspection-day-length", "5s")))
                .containsExactly("escrow.inspection-day-length may differ from its default (1d) only in the sandbox"
                        + " profile");
        assertThat(ProductionReadiness.findings(
                        rules, new MockEnvironment().withProperty("escrow.inspection-day-length", " 1D ")))
                .isEmpty();
        assertThat(ProductionReadiness.findings(rules, new MockEnvironment())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8089",
                "http://localhost:8089",
                "https://localhost",
                "https://127.0.0.2/api",
                "http://[::1]:8089",
                "http://0.0.0.0:8089",
                "https://umap-uat-core.setu.co",
                "http://sandbox:8089",
                "https://sandbox.trustpay.svc.cluster.local",
                "http://umap.setu.co",
                "umap.setu.co",
                "not a url"
            })
    void aProviderUrlOfTheSandboxOrALocalAddressIsRefused(String url) {
        MockEnvironment config = ready().withProperty("provider.base-url", url);

        assertThat(ProductionReadiness.findings(RULES, config))
                .singleElement()
                .asString()
                .startsWith("provider.base-url ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://umap.setu.co", "https://accountservice.setu.co", "https://api.razorpay.com/"})
    void realProviderUrlsPass(String url) {
        assertThat(ProductionReadiness.urlProblem(url)).isNull();
    }
}
