package com.trustpay.webhook.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.testsupport.contracts.GoldenMessages;
import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.ingest.domain.InboundWebhook;
import com.trustpay.webhook.ingest.domain.ProviderEvent;
import com.trustpay.webhook.ingest.domain.Receipt;
import com.trustpay.webhook.ingest.domain.SetuVerifier;
import com.trustpay.webhook.ingest.domain.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * webhook-ingest produces ProviderWebhookReceived and AdminAlert (it consumes nothing): what it sends holds the
 * golden example's values and has the golden file's shape.
 */
class ProducedMessagesGoldenTest {

    @Test
    void aReceiptBecomesTheGoldenProviderWebhookReceived() {
        ProviderWebhookReceived golden = GoldenMessages.sample(ProviderWebhookReceived.class);
        byte[] body = golden.rawBody().getBytes(StandardCharsets.UTF_8);
        InboundWebhook webhook = new InboundWebhook(
                "setu",
                Map.of(
                        ProviderSignatures.SETU_HEADER,
                        golden.headers().get(ProviderSignatures.SETU_HEADER),
                        "user-agent",
                        "setu"),
                body,
                golden.receivedAt());
        ProviderEvent event =
                new ProviderEvent(golden.providerEventId(), golden.eventType(), golden.resourceId(), null);
        Receipt receipt = Receipt.of(
                new SetuVerifier(WebhookSecrets.of("anysecret1234567890abcd", null)),
                webhook,
                event,
                Duration.ofDays(1));

        ProviderWebhookReceived sent = OutboxReceiptPublisher.toMessage(receipt);

        assertThat(sent).usingRecursiveComparison().ignoringFields("receiptId").isEqualTo(golden);
        GoldenMessages.assertShapedLikeGolden(sent);
        assertThat(sent.key()).isEqualTo("setu:" + golden.resourceId());
    }

    @Test
    void anAlertAboutNoEscrowIsShapedLikeTheGoldenAdminAlert() {
        AdminAlert golden = GoldenMessages.sample(AdminAlert.class);
        AdminAlert ours = new AdminAlert(
                UUID.randomUUID(), golden.severity(), "WEBHOOK_SIGNATURE", null, "webhook-ingest", "1", Instant.now());

        GoldenMessages.assertShapedLikeGolden(ours);
        assertThat(ours.key()).isEqualTo("WEBHOOK_SIGNATURE");
    }
}
