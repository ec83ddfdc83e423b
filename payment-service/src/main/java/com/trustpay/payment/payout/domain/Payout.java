package com.trustpay.payment.payout.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One payout attempt.
 *
 * @param milestone the escrow's milestone this attempt pays (1 to 10), or null when it pays the escrow as one
 * @param reference our reference and the provider idempotency key: per (escrow, milestone, round, attempt), ≤ 36
 *     characters
 * @param createTries how often a create was sent and ended without a definite answer (0: never sent, or the send
 *     that is under way now)
 * @param requestBody the exact create request, stored with the key before the first send; every re-send sends it
 * @param lookupNeeded a re-send was answered 4xx: the payout is looked up by reference before any further send
 */
public record Payout(
        UUID id,
        UUID escrowId,
        Integer milestone,
        int round,
        int attempt,
        String reference,
        long amountPaise,
        String payeeVpa,
        String payeeName,
        PayoutStatus status,
        String providerPayoutId,
        Instant createdAt,
        int createTries,
        byte[] requestBody,
        boolean lookupNeeded) {

    /** {@code PO} + 24 hex digits of the escrow id + {@code -round-attempt}, e.g. {@code PO3f2a...-1-2}. */
    public static String referenceFor(UUID escrowId, int round, int attempt) {
        return referenceFor(escrowId, null, round, attempt);
    }

    /**
     * The escrow as one (milestone null) keeps the form of {@link #referenceFor(UUID, int, int)}; a milestone is
     * written after the escrow's digits, e.g. {@code PO3f2a...M2-1-1}, so no milestone's key can equal another's or
     * the escrow's, and milestone 10, round 999, attempt 9 still fits RazorpayX's 36 characters.
     */
    public static String referenceFor(UUID escrowId, Integer milestone, int round, int attempt) {
        String hex = HexFormat.of().toHexDigits(escrowId.getMostSignificantBits())
                + HexFormat.of().toHexDigits(escrowId.getLeastSignificantBits()).substring(0, 8);
        return "PO" + hex + (milestone == null ? "" : "M" + milestone) + "-" + round + "-" + attempt;
    }

    public static Payout create(
            UUID escrowId,
            Integer milestone,
            int round,
            int attempt,
            long amountPaise,
            String vpa,
            String name,
            Instant now) {
        return new Payout(
                UUID.randomUUID(),
                escrowId,
                milestone,
                round,
                attempt,
                referenceFor(escrowId, milestone, round, attempt),
                amountPaise,
                vpa,
                name,
                PayoutStatus.CREATING,
                null,
                now,
                0,
                null,
                false);
    }

    /** This attempt with its request body, to be stored before the first send. */
    public Payout withRequestBody(byte[] body) {
        return new Payout(
                id,
                escrowId,
                milestone,
                round,
                attempt,
                reference,
                amountPaise,
                payeeVpa,
                payeeName,
                status,
                providerPayoutId,
                createdAt,
                createTries,
                body,
                lookupNeeded);
    }
}
