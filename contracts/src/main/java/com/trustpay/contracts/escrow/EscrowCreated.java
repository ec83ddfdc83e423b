package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PartyRole;
import java.time.Instant;
import java.util.UUID;

/**
 * An escrow was created and waits for its partner (status AWAITING_PARTNER). {@code code} is the 6-character join code, {@code name} the friendly name.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record EscrowCreated(
        UUID escrowId,
        String code,
        String name,
        String title,
        long amountPaise,
        PartyRole creatorRole,
        UUID creatorUserId,
        Instant codeExpiresAt)
        implements Message {}
