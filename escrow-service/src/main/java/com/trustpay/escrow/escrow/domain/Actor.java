package com.trustpay.escrow.escrow.domain;

import java.util.UUID;

/** Whoever acts on an escrow: a signed-in user, possibly an admin. */
public record Actor(UUID userId, boolean admin) {

    public static Actor user(UUID userId) {
        return new Actor(userId, false);
    }

    public static Actor admin(UUID userId) {
        return new Actor(userId, true);
    }
}
