package com.trustpay.sandbox.faults;

import java.time.Instant;

/**
 * Faults applied to outgoing webhooks.
 *
 * @param dropRate fraction of notifications never sent (logged as DROPPED)
 * @param duplicateRate fraction of notifications sent twice (same eventId, same bytes)
 * @param reorderRate fraction of notifications held back by {@code reorderDelayMs}, so later ones overtake them
 * @param reorderDelayMs real milliseconds a held-back notification waits
 * @param outageFrom start of a window in which every delivery attempt fails without reaching the receiver
 * @param outageUntil end of that window (exclusive)
 */
public record WebhookFaults(
        double dropRate,
        double duplicateRate,
        double reorderRate,
        long reorderDelayMs,
        Instant outageFrom,
        Instant outageUntil) {

    public static final WebhookFaults NONE = new WebhookFaults(0, 0, 0, 0, null, null);

    public boolean inOutage(Instant now) {
        return outageUntil != null && now.isBefore(outageUntil) && (outageFrom == null || !now.isBefore(outageFrom));
    }
}
