package com.trustpay.reconciliation.reconciliation.domain;

import com.trustpay.reconciliation.reconciliation.domain.ProviderView.ListedPayout;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView.ReadBack;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView.Settlement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Compares what payment-service recorded with what the providers say (the third side):
 *
 * <ul>
 *   <li>{@code MISSING_AT_PROVIDER}: we recorded money moving (a payment succeeded, a payout processing or paid, a
 *       refund pending or paid) and the provider answers it has no such record;
 *   <li>{@code UNKNOWN_TO_US}: a payout in the provider's listing, or a payment in a settlement report, whose id
 *       neither payment-service's read-back nor our projection knows;
 *   <li>{@code AMOUNT_MISMATCH} / {@code STATUS_MISMATCH}: the provider's amount differs, or both sides are final
 *       and disagree on the outcome. A side still in flight (ours processing, the provider already done) is a lag,
 *       not a mismatch: the webhook is on its way, and STUCK_PENDING catches it if it never comes.
 * </ul>
 *
 * Money unknown to us carries the escrow its reference names when we know the reference, else {@link #NO_ESCROW}.
 */
public final class ProviderMatcher {

    /** The escrow id of money no escrow of ours accounts for. */
    public static final UUID NO_ESCROW = new UUID(0, 0);

    /** What our projection knows, looked up by the listings' ids and references. */
    public record Known(
            Set<String> payoutIds,
            Set<String> paymentIds,
            Map<String, UUID> escrowByPayoutReference,
            Map<String, UUID> escrowByPaymentReference) {}

    public List<Finding> match(ProviderView view, Known known) {
        List<Finding> out = new ArrayList<>();
        for (ReadBack r : view.readBacks()) {
            readBack(r, out);
        }
        Set<String> readBackIds = new java.util.HashSet<>();
        view.readBacks().forEach(r -> readBackIds.addAll(r.providerIds().values()));
        for (ListedPayout p : view.payouts()) {
            if (readBackIds.contains(p.payoutId()) || known.payoutIds().contains(p.payoutId())) {
                continue;
            }
            UUID escrow = p.referenceId() == null
                    ? NO_ESCROW
                    : known.escrowByPayoutReference().getOrDefault(p.referenceId(), NO_ESCROW);
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("razorpayxPayoutId", p.payoutId());
            ids.put("utr", p.utr());
            out.add(new Finding(
                    MismatchKind.UNKNOWN_TO_US,
                    escrow,
                    p.referenceId(),
                    ids,
                    null,
                    p.amountPaise(),
                    null,
                    p.status(),
                    "RazorpayX lists payout " + p.payoutId() + " (" + p.status() + ", " + p.amountPaise()
                            + " paise) that we never recorded",
                    p.createdAt()));
        }
        for (Settlement s : view.settlements()) {
            if (readBackIds.contains(s.paymentId()) || known.paymentIds().contains(s.paymentId())) {
                continue;
            }
            UUID escrow = s.referenceId() == null
                    ? NO_ESCROW
                    : known.escrowByPaymentReference().getOrDefault(s.referenceId(), NO_ESCROW);
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("setuPaymentId", s.paymentId());
            ids.put("rrn", s.rrn());
            out.add(new Finding(
                    MismatchKind.UNKNOWN_TO_US,
                    escrow,
                    s.referenceId(),
                    ids,
                    null,
                    s.amountPaise(),
                    null,
                    s.status(),
                    "the settlement report has payment " + s.paymentId() + " (" + s.amountPaise()
                            + " paise) that we never recorded",
                    s.settledAt()));
        }
        return out;
    }

    private static void readBack(ReadBack r, List<Finding> out) {
        switch (r.read()) {
            case NOT_FOUND -> {
                if (movedMoney(r)) {
                    out.add(finding(
                            MismatchKind.MISSING_AT_PROVIDER,
                            r,
                            "we recorded " + r.kind().toLowerCase(java.util.Locale.ROOT) + " " + r.reference() + " as "
                                    + r.ourStatus() + "; the provider has no record of it"));
                }
            }
            case FOUND -> {
                if (r.providerAmountPaise() != null && r.providerAmountPaise() != r.ourAmountPaise()) {
                    out.add(finding(
                            MismatchKind.AMOUNT_MISMATCH,
                            r,
                            "the provider says " + r.providerAmountPaise() + " paise, we recorded "
                                    + r.ourAmountPaise()));
                }
                String theirs = outcome(r.kind(), r.providerStatus());
                String ours = ours(r.ourStatus());
                if (theirs != null && ours != null && !theirs.equals(ours)) {
                    out.add(finding(
                            MismatchKind.STATUS_MISMATCH,
                            r,
                            "the provider says " + r.providerStatus() + ", we recorded " + r.ourStatus()));
                }
            }
            default -> {}
        }
    }

    private static boolean movedMoney(ReadBack r) {
        return switch (r.kind()) {
            case "PAYMENT" -> "SUCCEEDED".equals(r.ourStatus());
            case "PAYOUT" -> Set.of("SUCCEEDED", "PROCESSING", "REVERSED").contains(r.ourStatus());
            default -> Set.of("SUCCEEDED", "PENDING").contains(r.ourStatus());
        };
    }

    /** Our final outcome, or {@code null} while ours is in flight. */
    private static String ours(String status) {
        return switch (status) {
            case "SUCCEEDED" -> "SUCCEEDED";
            case "FAILED", "EXPIRED", "CANCELLED" -> "FAILED";
            case "REVERSED" -> "REVERSED";
            default -> null;
        };
    }

    /** The provider's final outcome, or {@code null} while it is in flight (or no payment was read). */
    private static String outcome(String kind, String status) {
        if (status == null) {
            return null;
        }
        return switch (kind) {
            case "PAYOUT" ->
                switch (status) {
                    case "processed" -> "SUCCEEDED";
                    case "reversed" -> "REVERSED";
                    case "failed", "rejected", "cancelled" -> "FAILED";
                    default -> null;
                };
            case "PAYMENT", "REFUND" ->
                switch (status) {
                    case "success" -> "SUCCEEDED";
                    case "failed" -> "FAILED";
                    default -> null;
                };
            default -> null;
        };
    }

    private static Finding finding(MismatchKind kind, ReadBack r, String detail) {
        return new Finding(
                kind,
                r.escrowId(),
                r.reference(),
                r.providerIds(),
                r.ourAmountPaise(),
                r.providerAmountPaise(),
                r.ourStatus(),
                r.providerStatus(),
                detail,
                r.createdAt());
    }
}
