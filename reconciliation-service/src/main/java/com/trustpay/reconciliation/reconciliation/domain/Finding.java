package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One disagreement a run found. Found again in a later run it has the same {@link #fingerprint()}, so it is the same
 * mismatch, not a new one.
 *
 * @param reference our reference of the payment, payout or refund concerned ({@code null} for the escrow as a whole)
 * @param providerIds the provider's ids of what is concerned ({@code setuPaymentId}, {@code rrn},
 *     {@code razorpayxPayoutId}, {@code utr}, {@code setuRefundId}), sorted by name
 * @param ourAmountPaise escrow-service's amount, {@code null} if it names none
 * @param providerAmountPaise payment-service's (the provider's) amount, {@code null} if it recorded none
 * @param ourStatus escrow-service's position
 * @param providerStatus payment-service's status of what is concerned
 * @param occurredAt when what is concerned happened (request, initiation, escrow creation): what a date range selects
 */
public record Finding(
        MismatchKind kind,
        UUID escrowId,
        String reference,
        Map<String, String> providerIds,
        Long ourAmountPaise,
        Long providerAmountPaise,
        String ourStatus,
        String providerStatus,
        String detail,
        Instant occurredAt) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(escrowId, "escrowId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        TreeMap<String, String> ids = new TreeMap<>();
        providerIds.forEach((name, id) -> {
            if (id != null && !id.isBlank()) {
                ids.put(name, id);
            }
        });
        providerIds = Collections.unmodifiableMap(ids);
    }

    /** Kind, escrow, reference and provider ids: what makes two findings the same mismatch. */
    public String fingerprint() {
        String ids = providerIds.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        return kind + "|" + escrowId + "|" + (reference == null ? "" : reference) + "|" + ids;
    }
}
