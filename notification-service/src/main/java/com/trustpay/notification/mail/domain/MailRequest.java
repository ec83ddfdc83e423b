package com.trustpay.notification.mail.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A mail to queue for a notification.
 *
 * @param userId the user it goes to, or {@code null} for the operators' address
 * @param critical money or security mail, which goes even to users who turned off the rest
 * @param actionLabel the button's words, or {@code null}
 * @param link where the button and the text point, or {@code null}
 */
public record MailRequest(
        UUID notificationId,
        UUID userId,
        boolean critical,
        String headline,
        String body,
        String actionLabel,
        String link) {

    public MailRequest {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
    }

    public boolean toOps() {
        return userId == null;
    }
}
