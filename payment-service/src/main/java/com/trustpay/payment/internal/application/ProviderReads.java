package com.trustpay.payment.internal.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.internal.persistence.RecordedTransactionsQuery;
import com.trustpay.payment.internal.persistence.RecordedTransactionsQuery.Recorded;
import com.trustpay.payment.provider.domain.ListedPayout;
import com.trustpay.payment.provider.domain.PayoutListing;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.domain.SettledPayment;
import com.trustpay.payment.provider.domain.SettlementReports;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.routing.application.CollectionProviders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reconciliation's third side, read from the providers now (only payment-service calls them): each of our
 * transactions of a window read back by its provider id, and the providers' own listings of the window (RazorpayX's
 * payouts, Setu's daily settlement reports) so that money we never heard of shows too. A read that fails is named in
 * {@code failures} and never dropped silently: the caller must treat the answer as incomplete.
 */
public class ProviderReads {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    /** What the provider said about one of our transactions. */
    public enum Read {
        /** The provider has it; its status and amount are given. */
        FOUND,
        /** The provider answered that it has no such record. */
        NOT_FOUND,
        /** We never got a provider id, so there is nothing to read back (it never reached the provider). */
        NOT_SENT,
        /** The read failed (5xx, timeout, refusal): the answer is incomplete. */
        FAILED
    }

    /** One of our transactions with the provider's view of it. */
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

    /** A provider read that failed, with the provider's words. */
    public record Failure(String provider, String operation, String message) {}

    /** The read-back answer. */
    public record ReadBacks(
            Instant from, Instant to, boolean complete, List<ReadBack> transactions, List<Failure> failures) {}

    /** One payout in RazorpayX's listing. */
    public record ListedPayoutView(
            String payoutId, String referenceId, long amountPaise, String status, String utr, Instant createdAt) {}

    /** One payment in a Setu settlement report. */
    public record SettlementView(
            LocalDate reportDate,
            String paymentId,
            String productInstanceId,
            String referenceId,
            String txnId,
            String rrn,
            long amountPaise,
            String status,
            Instant settledAt) {}

    /** The providers' own listings for a window. */
    public record Listings(
            Instant from,
            Instant to,
            boolean complete,
            List<ListedPayoutView> payouts,
            List<SettlementView> settlements,
            List<Failure> failures) {}

    private final RecordedTransactionsQuery recorded;
    private final CollectionProviders collections;
    private final PayoutProvider payouts;
    private final PayoutListing payoutListing;
    private final SettlementReports settlementReports;

    public ProviderReads(
            RecordedTransactionsQuery recorded,
            CollectionProviders collections,
            PayoutProvider payouts,
            PayoutListing payoutListing,
            SettlementReports settlementReports) {
        this.recorded = recorded;
        this.collections = collections;
        this.payouts = payouts;
        this.payoutListing = payoutListing;
        this.settlementReports = settlementReports;
    }

    public ReadBacks readBack(Instant from, Instant to) {
        List<ReadBack> out = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Recorded r : recorded.between(from, to)) {
            out.add(readBack(r, failures));
        }
        return new ReadBacks(from, to, failures.isEmpty(), out, failures);
    }

    public Listings listings(Instant from, Instant to) {
        List<Failure> failures = new ArrayList<>();
        List<ListedPayoutView> listed = new ArrayList<>();
        ProviderResult<List<ListedPayout>> payoutPages = payoutListing.payoutsCreated(from, to);
        if (payoutPages instanceof ProviderResult.Ok<List<ListedPayout>> ok) {
            for (ListedPayout p : ok.value()) {
                listed.add(new ListedPayoutView(
                        p.payout().id(),
                        p.payout().referenceId(),
                        p.payout().amountPaise(),
                        p.payout().status(),
                        p.payout().utr(),
                        p.createdAt()));
            }
        } else {
            failures.add(failure(payoutPages));
        }
        List<SettlementView> settled = new ArrayList<>();
        LocalDate last = to.minusNanos(1).atOffset(IST).toLocalDate();
        for (LocalDate day = from.atOffset(IST).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            ProviderResult<List<SettledPayment>> report = settlementReports.settlementReport(day);
            if (!(report instanceof ProviderResult.Ok<List<SettledPayment>> ok)) {
                failures.add(failure(report));
                continue;
            }
            for (SettledPayment s : ok.value()) {
                if (!s.settledAt().isBefore(from) && s.settledAt().isBefore(to)) {
                    settled.add(new SettlementView(
                            day,
                            s.paymentId(),
                            s.productInstanceId(),
                            s.referenceId(),
                            s.txnId(),
                            s.rrn(),
                            s.amountPaise(),
                            s.status(),
                            s.settledAt()));
                }
            }
        }
        return new Listings(from, to, failures.isEmpty(), listed, settled, failures);
    }

    private ReadBack readBack(Recorded r, List<Failure> failures) {
        Map<String, String> ids = new LinkedHashMap<>();
        return switch (r.kind()) {
            case "PAYMENT" -> payment(r, ids, failures);
            case "PAYOUT" -> {
                ids.put("razorpayxPayoutId", r.providerId());
                if (r.providerId() == null) {
                    yield of(r, ids, Read.NOT_SENT, null, null);
                }
                ProviderResult<com.trustpay.payment.provider.domain.ProviderPayout> read = payouts.read(r.providerId());
                yield switch (read) {
                    case ProviderResult.Ok<com.trustpay.payment.provider.domain.ProviderPayout> ok -> {
                        ids.put("utr", ok.value().utr());
                        yield of(
                                r,
                                ids,
                                Read.FOUND,
                                ok.value().status(),
                                ok.value().amountPaise());
                    }
                    default -> missingOrFailed(r, ids, read, failures);
                };
            }
            default -> {
                ids.put("setuRefundId", r.providerId());
                if (r.providerId() == null) {
                    yield of(r, ids, Read.NOT_SENT, null, null);
                }
                var read = collections.of(r.provider()).readRefund(r.providerId());
                yield read instanceof ProviderResult.Ok<com.trustpay.payment.provider.domain.ProviderRefund> ok
                        ? of(r, ids, Read.FOUND, ok.value().status(), ok.value().amountPaise())
                        : missingOrFailed(r, ids, read, failures);
            }
        };
    }

    private ReadBack payment(Recorded r, Map<String, String> ids, List<Failure> failures) {
        ids.put(r.provider() + "PaymentId", r.providerId());
        ids.put(r.provider() + "InstanceId", r.instanceId());
        UpiCollections collections = this.collections.of(r.provider());
        ids.put("rrn", r.rrn());
        if (r.providerId() != null) {
            ProviderResult<ProviderPayment> read = collections.readPayment(r.providerId());
            if (read instanceof ProviderResult.Ok<ProviderPayment> ok) {
                return of(r, ids, Read.FOUND, ok.value().status(), ok.value().amountPaise());
            }
            return missingOrFailed(r, ids, read, failures);
        }
        if (r.instanceId() == null) {
            return of(r, ids, Read.NOT_SENT, null, null);
        }
        PaymentMode mode = "COLLECT".equals(r.mode()) ? PaymentMode.COLLECT : PaymentMode.INTENT;
        ProviderResult<RequestState> read = collections.read(mode, r.instanceId());
        if (read instanceof ProviderResult.Ok<RequestState> ok) {
            // No payment recorded: the provider's request status (active, closed, paid) is what it says.
            return of(r, ids, Read.FOUND, ok.value().status(), null);
        }
        return missingOrFailed(r, ids, read, failures);
    }

    private static ReadBack missingOrFailed(
            Recorded r, Map<String, String> ids, ProviderResult<?> read, List<Failure> failures) {
        if (read instanceof ProviderResult.Rejected<?> rejected && notFound(rejected)) {
            return of(r, ids, Read.NOT_FOUND, null, null);
        }
        failures.add(failure(read));
        return of(r, ids, Read.FAILED, null, null);
    }

    /**
     * Setu answers 404 for an unknown id; RazorpayX answers 400 {@code BAD_REQUEST_ERROR} "The id provided does not
     * exist".
     */
    private static boolean notFound(ProviderResult.Rejected<?> rejected) {
        return rejected.notFound()
                || (rejected.message() != null
                        && rejected.message().toLowerCase(java.util.Locale.ROOT).contains("does not exist"));
    }

    private static ReadBack of(Recorded r, Map<String, String> ids, Read read, String status, Long amount) {
        ids.values().removeIf(java.util.Objects::isNull);
        return new ReadBack(
                r.kind(),
                r.escrowId(),
                r.reference(),
                r.status(),
                r.amountPaise(),
                Map.copyOf(ids),
                read,
                status,
                amount,
                r.createdAt());
    }

    private static Failure failure(ProviderResult<?> result) {
        String message =
                switch (result) {
                    case ProviderResult.Rejected<?> r -> "rejected " + r.code() + ": " + r.message();
                    case ProviderResult.Unknown<?> u -> u.message();
                    case ProviderResult.Ok<?> ok -> "ok";
                };
        return new Failure(result.call().provider(), result.call().operation(), message);
    }
}
