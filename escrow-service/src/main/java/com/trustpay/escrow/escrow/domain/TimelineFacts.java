package com.trustpay.escrow.escrow.domain;

/**
 * What a timeline row tells its readers (ADR 0022), beyond its kind, status change, actor and time.
 *
 * @param amountPaise the money the event moved or asked for, or null when it moved none
 * @param paymentRrn the bank's RRN of the payment that arrived (FundsHeld)
 * @param payoutUtr the bank's UTR of the payout (Released), when the provider reported one
 * @param refundReference the refund's reference (Refunded), the one the payer quotes to the bank
 * @param note words meant for the parties: a decline in plain words, a party's reason, an admin's decision note
 * @param outcome where an admin's decision sends the money, on DisputeResolved rows only
 * @param detail the internal line (attempts, rounds, payout references, the provider's own words), for admins only
 */
public record TimelineFacts(
        Long amountPaise,
        String paymentRrn,
        String payoutUtr,
        String refundReference,
        String note,
        Decision.Outcome outcome,
        String detail) {

    public static TimelineFacts internal(String detail) {
        return new TimelineFacts(null, null, null, null, null, null, detail);
    }

    public static TimelineFacts money(long amountPaise, String detail) {
        return new TimelineFacts(amountPaise, null, null, null, null, null, detail);
    }

    public static TimelineFacts noted(String note, String detail) {
        return new TimelineFacts(null, null, null, null, note, null, detail);
    }
}
