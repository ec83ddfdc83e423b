package com.trustpay.sandbox.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * A delivery-log entry as the admin endpoint shows it.
 *
 * @param id delivery id ({@code whd_...})
 * @param provider who sends it
 * @param eventType e.g. {@code payment.success}, {@code payout.processed}
 * @param eventId the provider's event id, the same on every attempt
 * @param status where the delivery stands
 * @param duplicateOf for a duplicate injected by fault, the id of the original delivery
 * @param createdAt when the event was raised
 * @param nextAttemptAt when the next retry is due, if one is
 * @param attempts the attempts so far, oldest first
 * @param body the exact body sent (UTF-8)
 */
public record DeliveryView(
        String id,
        Provider provider,
        String eventType,
        String eventId,
        DeliveryStatus status,
        String duplicateOf,
        Instant createdAt,
        Instant nextAttemptAt,
        List<DeliveryAttempt> attempts,
        String body) {}
