package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of an escrow that is released on its own (ADR 0021): the payer pays the whole amount once, then each
 * milestone is confirmed by both parties and paid out to the payee by itself. Kept in its own table
 * ({@code escrow_milestone}), whose constraints refuse a second payout of one milestone and a released sum above the
 * escrow's amount.
 *
 * @param number 1 to {@value #MAX_COUNT}, in the order the creator gave them
 * @param round the payout round of this milestone (0 before its release, one more per admin retry)
 * @param payoutReference payment-service's reference of the milestone's latest payout
 * @param utr the bank's reference of the completed payout, when reported
 * @param paidAt when the payout of this milestone succeeded; null while it is not paid
 */
public record Milestone(
        int number,
        String title,
        long amountPaise,
        Status status,
        boolean payerConfirmed,
        boolean payeeConfirmed,
        int round,
        String payoutReference,
        String utr,
        Instant paidAt) {

    public static final int MIN_COUNT = 2;
    public static final int MAX_COUNT = 10;
    public static final int MAX_TITLE_LENGTH = 100;

    /** Where one milestone's money is. */
    public enum Status {
        /** Held: waiting for both confirmations. */
        HELD,
        /** Both confirmed: its payout is under way. */
        RELEASING,
        /** Its payout failed for good: an admin retries it or decides. */
        RELEASE_FAILED,
        /** Paid out to the payee; final. */
        PAID,
        /** Still held when the escrow was cancelled or decided for the payer: refunded with the rest. */
        REFUNDED,
        /** Still held when an admin split the dispute: part of the split (the decision says how much went where). */
        SPLIT
    }

    /** A milestone as the creator proposes it, unchecked. */
    public record Proposed(String title, Long amountPaise) {}

    /**
     * Checks the creator's milestones: none at all is an escrow without milestones (an empty list); otherwise
     * {@value #MIN_COUNT} to {@value #MAX_COUNT} ({@code MILESTONE_COUNT_OUT_OF_RANGE}), each with a title
     * ({@code MILESTONE_TITLE_REQUIRED}, {@code MILESTONE_TITLE_TOO_LONG}) and at least the least one payment in
     * {@code mode} carries ({@code MILESTONE_AMOUNT_TOO_SMALL}), adding up to exactly {@code amountPaise}
     * ({@code MILESTONE_SUM_MISMATCH}).
     */
    public static List<Milestone> plan(List<Proposed> proposed, long amountPaise, PaymentMode mode) {
        if (proposed == null || proposed.isEmpty()) {
            return List.of();
        }
        if (proposed.size() < MIN_COUNT || proposed.size() > MAX_COUNT) {
            throw new InvalidInputException(
                    "milestones",
                    "MILESTONE_COUNT_OUT_OF_RANGE",
                    "An escrow has " + MIN_COUNT + " to " + MAX_COUNT + " milestones, or none");
        }
        List<Milestone> planned = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < proposed.size(); i++) {
            Milestone milestone = checked(i, proposed.get(i), mode);
            sum += milestone.amountPaise();
            planned.add(milestone);
        }
        if (sum != amountPaise) {
            throw new InvalidInputException(
                    "milestones",
                    "MILESTONE_SUM_MISMATCH",
                    "The milestones add up to " + AmountLimits.rupees(sum) + ", not the escrow's "
                            + AmountLimits.rupees(amountPaise));
        }
        return List.copyOf(planned);
    }

    private static Milestone checked(int index, Proposed proposed, PaymentMode mode) {
        String field = "milestones[" + index + "]";
        String title = proposed == null || proposed.title() == null
                ? ""
                : proposed.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException(
                    field + ".title", "MILESTONE_TITLE_REQUIRED", "Every milestone needs a title");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException(
                    field + ".title",
                    "MILESTONE_TITLE_TOO_LONG",
                    "A milestone's title may have at most " + MAX_TITLE_LENGTH + " characters");
        }
        Long amount = proposed.amountPaise();
        long least = AmountLimits.minPaise(mode);
        if (amount == null || amount < least) {
            throw new InvalidInputException(
                    field + ".amountPaise",
                    "MILESTONE_AMOUNT_TOO_SMALL",
                    "Every milestone must be at least " + AmountLimits.rupees(least));
        }
        return new Milestone(index + 1, title, amount, Status.HELD, false, false, 0, null, null, null);
    }

    /** Whether its money is still held: neither released, nor paid, nor refunded, nor split. */
    public boolean held() {
        return status == Status.HELD;
    }

    public boolean confirmedBy(PartyRole role) {
        return role == PartyRole.PAYER ? payerConfirmed : payeeConfirmed;
    }

    Milestone confirmed(PartyRole role) {
        boolean payer = payerConfirmed || role == PartyRole.PAYER;
        boolean payee = payeeConfirmed || role == PartyRole.PAYEE;
        return new Milestone(number, title, amountPaise, status, payer, payee, round, payoutReference, utr, paidAt);
    }

    Milestone releasing() {
        return new Milestone(
                number,
                title,
                amountPaise,
                Status.RELEASING,
                payerConfirmed,
                payeeConfirmed,
                round + 1,
                null,
                null,
                null);
    }

    Milestone initiated(String reference) {
        return new Milestone(
                number, title, amountPaise, status, payerConfirmed, payeeConfirmed, round, reference, utr, paidAt);
    }

    Milestone paid(String reference, String bankUtr, Instant at) {
        return new Milestone(
                number, title, amountPaise, Status.PAID, payerConfirmed, payeeConfirmed, round, reference, bankUtr, at);
    }

    Milestone with(Status next) {
        return new Milestone(
                number, title, amountPaise, next, payerConfirmed, payeeConfirmed, round, payoutReference, utr, paidAt);
    }
}
