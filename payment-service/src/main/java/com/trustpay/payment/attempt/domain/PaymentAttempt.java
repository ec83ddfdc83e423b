package com.trustpay.payment.attempt.domain;

import com.trustpay.contracts.PaymentMode;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * One payment attempt as we hold it.
 *
 * @param reference ours, deterministic from (escrow, attempt); Setu's {@code referenceId} and the UPI {@code tr}
 * @param providerInstanceId the Dynamic QR or collect id, once the provider has accepted the request
 * @param provider the collection provider the attempt is with ({@code setu}, {@code phonepe}), chosen when it was
 *     recorded and never changed
 */
public record PaymentAttempt(
        UUID id,
        UUID escrowId,
        int attempt,
        String reference,
        PaymentMode mode,
        long amountPaise,
        String payerVpa,
        String payerName,
        String note,
        AttemptStatus status,
        int createTries,
        boolean cancelRequested,
        String providerInstanceId,
        Instant expiresAt,
        Instant createdAt,
        String provider) {

    /** {@code TP} + the first 14 hex digits of the escrow id + the attempt, two digits at least (≤ 35 alphanumerics). */
    public static String referenceFor(UUID escrowId, int attempt) {
        String hex =
                HexFormat.of().toHexDigits(escrowId.getMostSignificantBits()).substring(0, 14);
        return ("TP" + hex + "%02d".formatted(attempt)).toUpperCase(Locale.ROOT);
    }

    public static PaymentAttempt create(
            UUID escrowId,
            int attempt,
            PaymentMode mode,
            long amountPaise,
            String payerVpa,
            String payerName,
            String note,
            Instant now,
            Instant expiresAt,
            String provider) {
        return new PaymentAttempt(
                UUID.randomUUID(),
                escrowId,
                attempt,
                referenceFor(escrowId, attempt),
                mode,
                amountPaise,
                payerVpa,
                payerName,
                note,
                AttemptStatus.CREATING,
                0,
                false,
                null,
                expiresAt,
                now,
                provider);
    }
}
