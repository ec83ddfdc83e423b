package com.trustpay.contracts.payout;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The bank returned a payout we had reported with {@link PayoutSucceeded}: the money is back in the escrow's held
 * account and nobody was paid. Nothing is paid again on its own: an admin decides (pay the payee again, naming this
 * payout's reference in {@code ReleaseFunds.reversedPayoutReference}, or refund the payer).
 *
 * <p>Emitted by payment-service at most once per payout, in the transaction that records the reversal and posts it
 * in the ledger. Topic {@code payout.events}, key: escrow id.
 *
 * @param payoutReference our reference of the reversed payout
 * @param providerPayoutId the provider's payout id
 * @param reason what the provider says, e.g. "Payout was reversed by the beneficiary bank"
 *
 * @param milestone the escrow's milestone this payout pays (1, 2, …), or null when it pays the escrow as one (every
 *     escrow without milestones, and an admin's split decision); payment-service keeps at most one successful payout
 *     per (escrow, milestone)
 */
public record PayoutReversed(
        UUID escrowId,
        String payoutReference,
        String providerPayoutId,
        long amountPaise,
        String reason,
        Instant reversedAt,
        Integer milestone)
        implements Message {

    /** The reversal of a payout that paid the escrow as one. */
    public PayoutReversed(
            UUID escrowId,
            String payoutReference,
            String providerPayoutId,
            long amountPaise,
            String reason,
            Instant reversedAt) {
        this(escrowId, payoutReference, providerPayoutId, amountPaise, reason, reversedAt, null);
    }
}
