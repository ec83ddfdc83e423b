package com.trustpay.notification.notification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored in-app notification.
 *
 * @param seq its place in the order notifications were stored: the feed's cursor and the stream's event id
 * @param ops whether it is in the operators' feed rather than one user's
 */
public record Notification(
        long seq,
        UUID id,
        String recipient,
        boolean ops,
        String kind,
        Category category,
        UUID escrowId,
        String title,
        String body,
        String actionLabel,
        String link,
        Instant occurredAt,
        Instant createdAt,
        Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
