package com.trustpay.webhook.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.webhook.ingest.domain.InboundWebhook;
import com.trustpay.webhook.ingest.domain.ProviderEvent;
import com.trustpay.webhook.ingest.domain.Receipt;
import com.trustpay.webhook.ingest.domain.SetuVerifier;
import com.trustpay.webhook.ingest.domain.WebhookSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** We produce ProviderWebhookReceived and AdminAlert: what we send must have the golden files' shape. */
class WireContractTest {

    @Test
    void aReceiptBecomesProviderWebhookReceivedShapedLikeTheGoldenFile() throws IOException {
        JsonNode golden = golden("ProviderWebhookReceived");
        ProviderWebhookReceived fromGolden = WireJson.mapper().treeToValue(golden, ProviderWebhookReceived.class);
        byte[] body = fromGolden.rawBody().getBytes(StandardCharsets.UTF_8);
        InboundWebhook webhook = new InboundWebhook(
                "setu",
                Map.of("x-setu-signature", fromGolden.headers().get("x-setu-signature"), "user-agent", "setu"),
                body,
                fromGolden.receivedAt());
        ProviderEvent event =
                new ProviderEvent(fromGolden.providerEventId(), fromGolden.eventType(), fromGolden.resourceId(), null);
        Receipt receipt = Receipt.of(
                new SetuVerifier(WebhookSecrets.of("anysecret1234567890abcd", null)),
                webhook,
                event,
                Duration.ofDays(1));

        ProviderWebhookReceived sent = OutboxReceiptPublisher.toMessage(receipt);

        assertThat(sent).usingRecursiveComparison().ignoringFields("receiptId").isEqualTo(fromGolden);
        assertThat(fieldNames(WireJson.mapper().valueToTree(sent))).isEqualTo(fieldNames(golden));
        assertThat(sent.key()).isEqualTo("setu:" + fromGolden.resourceId());
    }

    @Test
    void theAdminAlertGoldenFileReadsIntoTheRecordWeSend() throws IOException {
        AdminAlert golden = WireJson.mapper().treeToValue(golden("AdminAlert"), AdminAlert.class);
        AdminAlert ours = new AdminAlert(
                UUID.randomUUID(), golden.severity(), "WEBHOOK_SIGNATURE", null, "webhook-ingest", "1", Instant.now());

        java.util.Set<String> expected = fieldNames(golden("AdminAlert"));
        expected.remove("escrowId"); // no escrow is concerned, and the wire leaves out nulls

        assertThat(fieldNames(WireJson.mapper().valueToTree(ours))).isEqualTo(expected);
        assertThat(ours.key()).isEqualTo("WEBHOOK_SIGNATURE");
    }

    private static JsonNode golden(String type) throws IOException {
        try (InputStream in = WireContractTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            assertThat(in).as("golden file of " + type).isNotNull();
            return WireJson.mapper().readTree(in);
        }
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        return new java.util.TreeSet<>(node.propertyNames());
    }
}
