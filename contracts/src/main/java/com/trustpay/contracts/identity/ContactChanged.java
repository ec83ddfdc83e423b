package com.trustpay.contracts.identity;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * A person changed their name or e-mail address; both fields carry the values now in force.
 *
 * <p>Emitted by escrow-service in the same transaction as the change. Topic {@code identity.events}, key: user id, so
 * a change never overtakes the registration it amends.
 */
public record ContactChanged(UUID userId, String displayName, String email) implements Message {

    @Override
    public UUID escrowId() {
        return null;
    }

    @Override
    public String key() {
        return userId.toString();
    }
}
