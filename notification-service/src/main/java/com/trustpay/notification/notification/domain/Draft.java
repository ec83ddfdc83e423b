package com.trustpay.notification.notification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A notification decided on but not yet stored.
 *
 * @param kind a stable name of what happened, e.g. {@code PARTNER_JOINED}
 * @param escrowId the escrow concerned, or {@code null}
 * @param actionLabel what the recipient should do next ("Pay now"), or {@code null}
 * @param link where the UI shows it, or {@code null}
 * @param email whether it is also mailed
 */
public record Draft(
        Recipient recipient,
        String kind,
        Category category,
        UUID escrowId,
        String title,
        String body,
        String actionLabel,
        String link,
        boolean email) {

    public Draft {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
