package com.trustpay.escrow.escrow.web;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.domain.InvalidInputException;
import com.trustpay.escrow.escrow.domain.Milestone;
import java.util.List;
import java.util.Locale;

/** Request bodies of the escrow API. Enumerations arrive as text so that a wrong value gets its own code. */
final class EscrowRequests {

    private EscrowRequests() {}

    /** @param inspectionDays the payer's inspection period after delivery, 1–30 days (3 when absent, ADR 0018) */
    record Create(
            String title,
            String description,
            Long amountPaise,
            String role,
            String vpa,
            String paymentMode,
            Integer inspectionDays,
            List<MilestoneRequest> milestones) {}

    /** One milestone of a create request (ADR 0021). */
    record MilestoneRequest(String title, Long amountPaise) {}

    static List<Milestone.Proposed> proposed(List<MilestoneRequest> milestones) {
        return milestones == null
                ? List.of()
                : milestones.stream()
                        .map(m -> m == null ? null : new Milestone.Proposed(m.title(), m.amountPaise()))
                        .toList();
    }

    record Join(String code, String vpa) {}

    record Reason(String reason) {}

    /** @param releasePaise for {@code SPLIT} only: what of the held amount goes to the payee (ADR 0021) */
    record Resolve(String outcome, String note, Long releasePaise) {}

    /** Whether an admin's decision is a split (ADR 0021) rather than all of it one way. */
    static boolean split(String outcome) {
        return upper(outcome).equals("SPLIT");
    }

    record ReversalDecision(String decision, String note) {}

    static PartyRole role(String raw) {
        try {
            return PartyRole.valueOf(upper(raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "INVALID_ROLE", "role must be PAYER or PAYEE");
        }
    }

    static PaymentMode mode(String raw) {
        if (raw == null || raw.isBlank()) {
            return PaymentMode.INTENT;
        }
        try {
            return PaymentMode.valueOf(upper(raw));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "paymentMode", "INVALID_PAYMENT_MODE", "paymentMode must be INTENT or COLLECT");
        }
    }

    /** {@code true} for RELEASE (to the payee), {@code false} for REFUND (to the payer). */
    static boolean releaseToPayee(String outcome) {
        return switch (upper(outcome)) {
            case "RELEASE" -> true;
            case "REFUND" -> false;
            default ->
                throw new InvalidInputException(
                        "outcome", "INVALID_OUTCOME", "outcome must be RELEASE, REFUND or SPLIT");
        };
    }

    /** {@code true} for PAY_AGAIN (the payee), {@code false} for REFUND (the payer), after a reversed payout. */
    static boolean payAgain(String decision) {
        return switch (upper(decision)) {
            case "PAY_AGAIN" -> true;
            case "REFUND" -> false;
            default ->
                throw new InvalidInputException("decision", "INVALID_DECISION", "decision must be PAY_AGAIN or REFUND");
        };
    }

    static String reasonOf(Reason body) {
        String reason =
                body == null || body.reason() == null ? null : body.reason().strip();
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("reason", "REASON_TOO_LONG", "The reason may have at most 500 characters");
        }
        return reason == null || reason.isEmpty() ? null : reason;
    }

    private static String upper(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }
}
