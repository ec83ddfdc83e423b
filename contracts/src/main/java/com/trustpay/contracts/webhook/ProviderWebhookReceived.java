package com.trustpay.contracts.webhook;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A provider webhook whose signature verified and which was stored. It is a hint, not a fact: payment-service
 * reads the resource back from the provider before it changes anything.
 *
 * <p>Emitted by webhook-ingest once per (provider, provider event id), in the transaction that stores the
 * receipt. Topic {@code provider.webhooks}, key: {@code <provider>:<resourceId>} so one payment's, refund's or
 * payout's webhooks stay in order.
 *
 * @param receiptId webhook-ingest's id of the stored receipt
 * @param provider {@code setu} or {@code razorpayx}
 * @param providerEventId the provider's event id (Setu {@code eventId}, RazorpayX {@code x-razorpay-event-id})
 * @param eventType e.g. {@code payment.success}, {@code payout.processed}
 * @param resourceId the provider's id of the payment, refund or payout the event is about
 * @param stale true when the event's own timestamp is older than the configured window
 * @param headers the request headers that matter (signature, event id, content type)
 * @param rawBody the body exactly as received
 */
public record ProviderWebhookReceived(
        UUID receiptId,
        String provider,
        String providerEventId,
        String eventType,
        String resourceId,
        Instant receivedAt,
        boolean stale,
        Map<String, String> headers,
        String rawBody)
        implements Message {

    @Override
    public UUID escrowId() {
        return null;
    }

    @Override
    public String key() {
        return provider + ":" + (resourceId == null ? providerEventId : resourceId);
    }
}
