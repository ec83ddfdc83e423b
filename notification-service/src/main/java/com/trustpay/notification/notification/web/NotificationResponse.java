package com.trustpay.notification.notification.web;

import com.trustpay.notification.notification.domain.Notification;
import java.time.Instant;
import java.util.UUID;

/** A notification as the API shows it. {@code audience} is {@code USER} or {@code OPS} (the admins' feed). */
public record NotificationResponse(
        UUID id,
        String kind,
        String category,
        String audience,
        UUID escrowId,
        String title,
        String body,
        String actionLabel,
        String link,
        Instant occurredAt,
        Instant createdAt,
        boolean read) {

    public static NotificationResponse of(Notification n) {
        return new NotificationResponse(
                n.id(),
                n.kind(),
                n.category().name(),
                n.ops() ? "OPS" : "USER",
                n.escrowId(),
                n.title(),
                n.body(),
                n.actionLabel(),
                n.link(),
                n.occurredAt(),
                n.createdAt(),
                n.isRead());
    }
}
