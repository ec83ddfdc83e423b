package com.trustpay.payment.payout.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One payout attempt.
 *
 * @param reference our reference and the provider idempotency key: per (escrow, round, attempt), ≤ 36 characters
 * @param createTries how often a create was sent and ended without a definite answer (0: never sent, or the send
 *     that is under way now)
 * @param requestBody the exact create request, stored with the key before the first send; every re-send sends it
 * @param lookupNeeded a re-send was answered 4xx: the payout is looked up by reference before any further send
 */
public record Payout(
        UUID id,
        UUID escrowId,
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
        String hex = HexFormat.of().toHexDigits(escrowId.getMostSignificantBits())
                + HexFormat.of().toHexDigits(escrowId.getLeastSignificantBits()).substring(0, 8);
        return "PO" + hex + "-" + round + "-" + attempt;
    }

    public static Payout create(
            UUID escrowId, int round, int attempt, long amountPaise, String vpa, String name, Instant now) {
        return new Payout(
                UUID.randomUUID(),
                escrowId,
                round,
                attempt,
                referenceFor(escrowId, round, attempt),
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
