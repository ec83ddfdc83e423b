package com.trustpay.payment.ledger.domain;

/** What a transfer records, and which accounts it moves money between. */
public enum TransferCode {
    /** A confirmed payment: SETU_CLEARING → HELD. */
    CAPTURE(AccountKind.SETU_CLEARING, AccountKind.HELD),
    /** A payout attempt (pending while the provider works on it): HELD → PAID_OUT. */
    PAYOUT(AccountKind.HELD, AccountKind.PAID_OUT),
    /** A refund (pending until Setu settles it): HELD → REFUNDED. */
    REFUND(AccountKind.HELD, AccountKind.REFUNDED),
    /** A payout the bank returned after it had succeeded: PAID_OUT → HELD. */
    PAYOUT_REVERSAL(AccountKind.PAID_OUT, AccountKind.HELD),
    /**
     * A confirmed payment that is not the escrow's to hold (ADR 0012): SETU_CLEARING → EXCESS. Its refund is a
     * {@link #REFUND} transfer out of EXCESS (see {@code Ledger.reserveExcessRefund}).
     */
    EXCESS_CAPTURE(AccountKind.SETU_CLEARING, AccountKind.EXCESS);

    private final AccountKind debit;
    private final AccountKind credit;

    TransferCode(AccountKind debit, AccountKind credit) {
        this.debit = debit;
        this.credit = credit;
    }

    public AccountKind debit() {
        return debit;
    }

    public AccountKind credit() {
        return credit;
    }

    /**
     * The transfer id of the business event: {@code capture:<attempt ref>}, {@code payout:<payout ref>},
     * {@code refund:<refund ref>}, {@code payout-reversal:<payout ref>}. One event, one id, so a repeat is a no-op.
     */
    public String transferId(String reference) {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + reference;
    }
}
