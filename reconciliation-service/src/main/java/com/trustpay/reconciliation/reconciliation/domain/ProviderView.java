package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The third side: what the providers say about a window, as payment-service read it from them (only payment-service
 * calls providers). {@link #complete()} is false when any provider read failed: the run then says it is incomplete
 * and is never a clean report.
 *
 * @param readBacks each of our transactions of the window read back from its provider
 * @param payouts RazorpayX's own listing of the window's payouts
 * @param settlements the acquirer's settlement reports' payments of the window
 * @param failures one line per failed provider read
 */
public record ProviderView(
        List<ReadBack> readBacks, List<ListedPayout> payouts, List<Settlement> settlements, List<String> failures) {

    public ProviderView {
        readBacks = List.copyOf(readBacks);
        payouts = List.copyOf(payouts);
        settlements = List.copyOf(settlements);
        failures = List.copyOf(failures);
    }

    /** Nothing read, because the third side is not configured (a two-way run; production refuses to start so). */
    public static final ProviderView NOT_CONFIGURED = new ProviderView(List.of(), List.of(), List.of(), List.of());

    /** Nothing could be read at all. */
    public static ProviderView failed(String why) {
        return new ProviderView(List.of(), List.of(), List.of(), List.of(why));
    }

    public boolean complete() {
        return failures.isEmpty();
    }

    /** How a read-back went. */
    public enum Read {
        FOUND,
        NOT_FOUND,
        NOT_SENT,
        FAILED
    }

    /** One of our transactions (payment-service's record) with the provider's answer about it. */
    public record ReadBack(
            String kind,
            UUID escrowId,
            String reference,
            String ourStatus,
            long ourAmountPaise,
            Map<String, String> providerIds,
            Read read,
            String providerStatus,
            Long providerAmountPaise,
            Instant createdAt) {}

    /** One payout in the payout provider's listing. */
    public record ListedPayout(
            String payoutId, String referenceId, long amountPaise, String status, String utr, Instant createdAt) {}

    /** One payment in a settlement report. */
    public record Settlement(
            String paymentId, String referenceId, String rrn, long amountPaise, String status, Instant settledAt) {}
}
