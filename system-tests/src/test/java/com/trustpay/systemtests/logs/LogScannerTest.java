package com.trustpay.systemtests.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogScannerTest {

    private final LogScanner scanner =
            new LogScanner(Set.of("sandboxsetusecret1234567890"), Set.of("trustpay@sandbox"));

    private List<String> rules(String line) {
        return scanner.scan("payment-service.log", 7, line).stream()
                .map(LogScanner.Finding::rule)
                .toList();
    }

    @Test
    void flagsJwtsAuthorizationValuesAndPrivateKeys() {
        assertThat(rules("token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl issued"))
                .contains("jwt");
        assertThat(rules("headers={Authorization: Bearer abcdefghijklmnop1234}"))
                .contains("authorization", "bearer");
        assertThat(rules("Authorization=Basic cnpwX3Rlc3Rfc2FuZGJveDpzYW5kYm94X3NlY3JldA=="))
                .contains("authorization");
        assertThat(rules("key -----BEGIN PRIVATE KEY-----")).contains("private-key");
    }

    @Test
    void flagsAConfiguredSecret() {
        assertThat(rules("verifying with secret sandboxsetusecret1234567890")).containsExactly("configured-secret");
    }

    @Test
    void flagsAFullVpaButNotAnEmailAnIdentityHashOrTheMerchantVpa() {
        assertThat(rules("payout to vikram@okhdfcbank accepted")).containsExactly("full-vpa");
        assertThat(rules("collect from \"success@upi\"")).containsExactly("full-vpa");
        assertThat(rules("mail to admin@trustpay.local sent")).isEmpty();
        assertThat(rules("bean com.trustpay.Foo@6d06d69c created")).isEmpty();
        assertThat(rules("QR for trustpay@sandbox")).isEmpty();
        assertThat(rules("payout to vi***@okhdfcbank accepted")).isEmpty();
    }

    @Test
    void flagsAWebhookBody() {
        assertThat(rules("body {\"eventId\":\"e1\",\"eventType\":\"payment.success\",\"resource\":\"payment\"}"))
                .contains("webhook-body");
        assertThat(rules("body {\"entity\":\"event\",\"event\":\"payout.processed\"}"))
                .contains("webhook-body");
    }

    @Test
    void passesAnOrdinaryLine() {
        assertThat(rules("2026-12-02 INFO [escrowId=4f1c] c.t.e.EscrowService : escrow HELD after payment pay_123"))
                .isEmpty();
    }

    @Test
    void readsTheSecretsTheModulesConfigure() {
        Set<String> secrets = LogScanner.configuredSecrets(Path.of(System.getProperty("trustpay.root", ".."))
                .toAbsolutePath()
                .normalize());
        assertThat(secrets)
                .contains("sandboxsetusecret1234567890", "sandbox_rzpx_secret", "sandbox-only-internal-token");
        assertThat(secrets).doesNotContain("1h");
    }
}
