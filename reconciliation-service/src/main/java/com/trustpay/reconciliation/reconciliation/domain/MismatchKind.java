package com.trustpay.reconciliation.reconciliation.domain;

/**
 * What disagrees. The names are the wire's ({@code ReconciliationReport.Mismatch.kind}); a CRITICAL kind means money
 * may have left twice and also raises an admin alert.
 */
public enum MismatchKind {
    /** We recorded money moving (payment-service's record); the provider has no record of it. */
    MISSING_AT_PROVIDER(Severity.WARNING),
    /** The provider has money (a payout in its listing, a payment in a settlement report) we never recorded. */
    UNKNOWN_TO_US(Severity.WARNING),
    /** Two sides name different amounts for one payment, payout or refund. */
    AMOUNT_MISMATCH(Severity.WARNING),
    /** The two sides disagree on how a payment, payout or refund ended. */
    STATUS_MISMATCH(Severity.WARNING),
    /** A payment open past its validity and the threshold, or a payout or refund processing too long. */
    STUCK_PENDING(Severity.WARNING),
    /** More than one payout of one (escrow, milestone) succeeded; milestones paid once each are not. */
    DOUBLE_PAYOUT(Severity.CRITICAL),
    /** Payouts and refunds together (each milestone's payout once) took more than was collected. */
    REFUNDS_EXCEED_COLLECTED(Severity.CRITICAL),
    /**
     * The payee was paid out and the payer refunded, and escrow-service's own events do not account for both (a split
     * decision or a refund of what milestones left: its releases and refunds sum to exactly the two).
     */
    PAYOUT_AND_REFUND(Severity.CRITICAL),
    /** escrow-service holds money payment-service never recorded as received. */
    HELD_WITHOUT_PAYMENT(Severity.WARNING),
    /** escrow-service says released, payment-service recorded no successful payout. */
    RELEASED_WITHOUT_PAYOUT(Severity.WARNING),
    /** The bank returned a payout we had reported as paid. */
    PAYOUT_REVERSED(Severity.WARNING);

    /** How urgent a kind is; the values are the wire's alert severities. */
    public enum Severity {
        WARNING,
        CRITICAL
    }

    private final Severity severity;

    MismatchKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The kinds that also raise an admin alert when first found (or found again after being resolved). */
    public boolean alerts() {
        return severity == Severity.CRITICAL;
    }
}
