package com.trustpay.notification.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Whose notifications a caller may see: their own, and the operators' when they are an admin. Anything else is
 * answered as if it did not exist.
 */
public record Audience(UUID userId, boolean admin) {

    /** The recipient keys this audience reads. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(userId.toString()));
        if (admin) {
            keys.add(Recipient.OPS_KEY);
        }
        return List.copyOf(keys);
    }
}
