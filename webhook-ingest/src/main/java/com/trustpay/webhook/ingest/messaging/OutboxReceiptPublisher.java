package com.trustpay.webhook.ingest.messaging;

import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.webhook.ingest.application.ReceiptPublisher;
import com.trustpay.webhook.ingest.domain.Receipt;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Maps receipts to {@link ProviderWebhookReceived} and writes them to the outbox in the current transaction. */
public class OutboxReceiptPublisher implements ReceiptPublisher {

    private final Outbox outbox;

    public OutboxReceiptPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String currentTrace() {
        return outbox.currentTraceparent();
    }

    @Override
    public void published(List<Receipt> receipts, List<String> traces) {
        outbox.publishAll(
                receipts.stream().map(OutboxReceiptPublisher::toMessage).toList(), traces);
    }

    static ProviderWebhookReceived toMessage(Receipt receipt) {
        return new ProviderWebhookReceived(
                receipt.receiptId(),
                receipt.provider(),
                receipt.event().eventId(),
                receipt.event().eventType(),
                receipt.event().resourceId(),
                receipt.receivedAt(),
                receipt.stale(),
                receipt.headers(),
                new String(receipt.rawBody(), StandardCharsets.UTF_8));
    }
}
