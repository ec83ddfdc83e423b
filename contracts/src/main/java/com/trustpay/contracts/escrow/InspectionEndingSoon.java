package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * A reminder, published once per escrow: the payer's inspection period ends at {@code inspectionEndsAt} (24 hours
 * from now by default), and the money is then released automatically unless the payer disputes. Changes no status.
 *
 * <p>Emitted by escrow-service's inspection sweep. Topic {@code escrow.events}, key: escrow id.
 */
public record InspectionEndingSoon(UUID escrowId, Instant inspectionEndsAt) implements Message {}
