package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payer's inspection period ended at {@code inspectionEndsAt} with neither a confirmation nor a dispute: the
 * release starts automatically, decided by no person. A {@link ReleaseStarted} follows in the same transaction.
 *
 * <p>Emitted by escrow-service's inspection sweep, once per escrow. Topic {@code escrow.events}, key: escrow id.
 */
public record AutoReleased(UUID escrowId, long amountPaise, Instant inspectionEndsAt) implements Message {}
