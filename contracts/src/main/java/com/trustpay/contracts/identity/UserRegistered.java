package com.trustpay.contracts.identity;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * A person signed up (or the configured admin was created): who they are and where to write to them.
 *
 * <p>Emitted by escrow-service in the same transaction as the new account. Topic {@code identity.events}, key: user
 * id. The only place an e-mail address travels on the wire: never in {@code escrow.events}.
 *
 * @param displayName the name other parties see, e.g. in "Asha joined your escrow"
 * @param email the address mail goes to, in lower case
 */
public record UserRegistered(UUID userId, String displayName, String email) implements Message {

    @Override
    public UUID escrowId() {
        return null;
    }

    @Override
    public String key() {
        return userId.toString();
    }
}
