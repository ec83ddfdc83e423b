package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payee says the deal is delivered (which counts as the payee's confirmation). The status stays HELD; the payer
 * has until {@code inspectionEndsAt} to confirm or dispute, after which the money is released automatically
 * ({@link AutoReleased}).
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record DeliveryMarked(UUID escrowId, UUID payeeUserId, Instant deliveredAt, Instant inspectionEndsAt)
        implements Message {}
