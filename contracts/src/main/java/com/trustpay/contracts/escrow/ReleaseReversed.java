package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * The payout of a released escrow was reversed by the bank: the money is back with TrustPay (status
 * PAYOUT_REVERSED) and waits for an admin to pay the payee again or refund the payer.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events}, key:
 * escrow id.
 *
 * @param payoutReference payment-service's reference of the reversed payout
 */
public record ReleaseReversed(UUID escrowId, long amountPaise, String payoutReference, String reason)
        implements Message {}
