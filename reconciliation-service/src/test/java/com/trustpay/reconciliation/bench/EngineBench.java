package com.trustpay.reconciliation.bench;

import com.trustpay.reconciliation.reconciliation.domain.EscrowPosition;
import com.trustpay.reconciliation.reconciliation.domain.EscrowSide;
import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Matcher;
import com.trustpay.reconciliation.reconciliation.domain.MatchingRules;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.PaymentRecord;
import com.trustpay.reconciliation.reconciliation.domain.PaymentSide;
import com.trustpay.reconciliation.reconciliation.domain.PayoutRecord;
import com.trustpay.reconciliation.reconciliation.domain.ReconciliationCase;
import com.trustpay.reconciliation.reconciliation.domain.RecordStatus;
import com.trustpay.reconciliation.reconciliation.domain.RefundRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Reconciles {@code n} escrows (one escrow side and one payment side each: a day's worth of clean lifecycles of
 * several shapes) with 0.1 % of them given one fault of a kind the two sides can show, and checks that every injected
 * fault is found as its kind and nothing else. Prints the time of the matching alone and the heap it needed.
 *
 * <p>Usage: {@code EngineBench [escrows] [rounds]}; defaults 1,000,000 and 3.
 */
public final class EngineBench {

    private static final MismatchKind[] KINDS = {
        MismatchKind.AMOUNT_MISMATCH,
        MismatchKind.STATUS_MISMATCH,
        MismatchKind.STUCK_PENDING,
        MismatchKind.DOUBLE_PAYOUT,
        MismatchKind.REFUNDS_EXCEED_COLLECTED,
        MismatchKind.PAYOUT_AND_REFUND,
        MismatchKind.HELD_WITHOUT_PAYMENT,
        MismatchKind.RELEASED_WITHOUT_PAYOUT,
        MismatchKind.PAYOUT_REVERSED
    };

    private static final Instant DAY = Instant.parse("2026-12-01T18:30:00Z");
    private static final Instant NOW = DAY.plus(Duration.ofHours(25));

    private EngineBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Random random = new Random(15);
        Map<UUID, MismatchKind> injected = new HashMap<>();
        long built = System.nanoTime();
        List<ReconciliationCase> cases = new ArrayList<>(n);
        int faults = n / 1000;
        int every = n / Math.max(1, faults);
        for (int i = 0; i < n; i++) {
            MismatchKind fault = faults > 0 && i % every == every / 2 && injected.size() < faults
                    ? KINDS[injected.size() % KINDS.length]
                    : null;
            ReconciliationCase c = story(i, random, fault);
            if (fault != null) {
                injected.put(c.escrowId(), fault);
            }
            cases.add(c);
        }
        System.gc();
        long heapWithCases = usedHeap();
        System.out.printf(
                "built %,d escrows (%,d payment-side records) with %,d injected mismatches in %,d ms; heap used %,d MB%n",
                n, records(cases), injected.size(), (System.nanoTime() - built) / 1_000_000, heapWithCases >> 20);

        Matcher matcher = new Matcher(MatchingRules.DEFAULTS);
        for (int round = 1; round <= rounds; round++) {
            resetPeaks();
            long start = System.nanoTime();
            List<Finding> findings = new ArrayList<>();
            for (ReconciliationCase c : cases) {
                findings.addAll(matcher.match(c, NOW));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            check(findings, injected);
            System.out.printf(
                    "round %d: reconciled %,d escrows in %,d ms (%,.0f escrows/s), %,d mismatches, all %,d injected"
                            + " found and nothing else; peak heap %,d MB%n",
                    round, n, ms, n * 1000.0 / Math.max(1, ms), findings.size(), injected.size(), peakHeap() >> 20);
        }
    }

    private static void check(List<Finding> findings, Map<UUID, MismatchKind> injected) {
        Map<UUID, MismatchKind> found = new HashMap<>();
        for (Finding f : findings) {
            if (found.put(f.escrowId(), f.kind()) != null) {
                throw new IllegalStateException("two mismatches for " + f.escrowId());
            }
        }
        if (!found.equals(injected)) {
            Set<UUID> extra = new java.util.HashSet<>(found.keySet());
            extra.removeAll(injected.keySet());
            Set<UUID> missed = new java.util.HashSet<>(injected.keySet());
            missed.removeAll(found.keySet());
            throw new IllegalStateException("found " + found.size() + ", injected " + injected.size() + "; extra "
                    + extra.size() + ", missed " + missed.size());
        }
    }

    /** One escrow's two sides: one of six clean shapes, or a clean shape with {@code fault} in it. */
    private static ReconciliationCase story(int i, Random random, MismatchKind fault) {
        UUID id = new UUID(random.nextLong(), i);
        long amount = 10_000 + random.nextInt(10_000_000);
        Instant t = DAY.plusSeconds(random.nextInt(86_400));
        String ref = "TP" + Long.toHexString(id.getMostSignificantBits());
        PaymentRecord pending = new PaymentRecord(
                ref + "A1",
                1,
                amount,
                null,
                RecordStatus.PENDING,
                null,
                null,
                t,
                NOW.plus(Duration.ofMinutes(10)),
                null);
        PaymentRecord paid = paid(ref + "A1", amount, amount, t);
        PayoutRecord payout = payout(ref + "P1", amount, t.plusSeconds(600));
        RefundRecord refund = refund(ref + "R1", amount, t.plusSeconds(600));
        int shape = fault == null ? i % 6 : faultShape(fault);
        List<PaymentRecord> payments = new ArrayList<>();
        List<PayoutRecord> payouts = new ArrayList<>();
        List<RefundRecord> refunds = new ArrayList<>();
        Set<String> flags = Set.of();
        EscrowPosition position;
        switch (shape) {
            case 0 -> { // pending inside its validity
                payments.add(pending);
                position = EscrowPosition.PAYMENT_PENDING;
            }
            case 1 -> { // held
                payments.add(paid);
                position = EscrowPosition.HELD;
            }
            case 2 -> { // released
                payments.add(paid);
                payouts.add(payout);
                position = EscrowPosition.RELEASED;
            }
            case 3 -> { // refunded
                payments.add(paid);
                refunds.add(refund);
                position = EscrowPosition.REFUNDED;
            }
            case 4 -> { // first attempt failed, second paid, released
                payments.add(new PaymentRecord(
                        ref + "A0",
                        1,
                        amount,
                        null,
                        RecordStatus.FAILED,
                        null,
                        null,
                        t,
                        t.plusSeconds(900),
                        t.plusSeconds(60)));
                payments.add(paid);
                payouts.add(payout);
                position = EscrowPosition.RELEASED;
            }
            default -> { // releasing, the payout still processing
                payments.add(paid);
                payouts.add(new PayoutRecord(
                        ref + "P1", amount, RecordStatus.PENDING, null, null, NOW.minus(Duration.ofMinutes(20)), null));
                position = EscrowPosition.RELEASING;
            }
        }
        String held = paid.reference();
        Long heldPaise = amount;
        if (fault != null) {
            switch (fault) {
                case AMOUNT_MISMATCH -> payments.set(payments.size() - 1, paid(ref + "A1", amount, amount - 500, t));
                case STATUS_MISMATCH ->
                    refunds.set(
                            0,
                            new RefundRecord(
                                    ref + "R1",
                                    amount,
                                    RecordStatus.FAILED,
                                    null,
                                    t.plusSeconds(600),
                                    t.plusSeconds(700)));
                case STUCK_PENDING ->
                    payments.set(
                            0,
                            new PaymentRecord(
                                    ref + "A1",
                                    1,
                                    amount,
                                    null,
                                    RecordStatus.PENDING,
                                    null,
                                    null,
                                    NOW.minus(Duration.ofHours(2)),
                                    NOW.minus(Duration.ofMinutes(105)),
                                    null));
                case DOUBLE_PAYOUT -> payouts.add(payout(ref + "P2", amount, t.plusSeconds(900)));
                case REFUNDS_EXCEED_COLLECTED -> refunds.add(refund(ref + "R2", amount, t.plusSeconds(900)));
                case PAYOUT_AND_REFUND -> refunds.add(refund(ref + "R1", amount, t.plusSeconds(900)));
                case HELD_WITHOUT_PAYMENT -> payments.set(0, pending);
                case RELEASED_WITHOUT_PAYOUT ->
                    payouts.set(
                            0,
                            new PayoutRecord(
                                    ref + "P1",
                                    amount,
                                    RecordStatus.FAILED,
                                    null,
                                    null,
                                    t.plusSeconds(600),
                                    t.plusSeconds(700)));
                case PAYOUT_REVERSED -> flags = Set.of(Matcher.REVERSAL_FLAG);
                default -> throw new IllegalArgumentException(fault.name());
            }
        }
        boolean isHeld = position != EscrowPosition.PAYMENT_PENDING;
        EscrowSide escrow = new EscrowSide(
                id,
                amount,
                position,
                isHeld ? heldPaise : null,
                isHeld ? held : null,
                position == EscrowPosition.RELEASED ? amount : null,
                payouts.isEmpty() ? null : ref + "P1",
                position == EscrowPosition.REFUNDED ? amount : null,
                refunds.isEmpty() ? null : ref + "R1",
                t,
                isHeld ? t.plusSeconds(62) : null,
                position == EscrowPosition.RELEASED ? t.plusSeconds(700) : null,
                position == EscrowPosition.REFUNDED ? t.plusSeconds(700) : null,
                t.plusSeconds(700));
        return new ReconciliationCase(id, escrow, new PaymentSide(payments, payouts, refunds, flags));
    }

    /** The clean shape each fault is injected into. */
    private static int faultShape(MismatchKind fault) {
        return switch (fault) {
            case AMOUNT_MISMATCH, STUCK_PENDING -> 0;
            case HELD_WITHOUT_PAYMENT -> 1;
            case DOUBLE_PAYOUT, RELEASED_WITHOUT_PAYOUT, PAYOUT_REVERSED, PAYOUT_AND_REFUND -> 2;
            default -> 3;
        };
    }

    private static PaymentRecord paid(String reference, long requested, long collected, Instant t) {
        return new PaymentRecord(
                reference,
                1,
                requested,
                collected,
                RecordStatus.SUCCEEDED,
                "setu_" + reference,
                "41" + reference.hashCode(),
                t,
                t.plusSeconds(900),
                t.plusSeconds(60));
    }

    private static PayoutRecord payout(String reference, long amount, Instant t) {
        return new PayoutRecord(
                reference,
                amount,
                RecordStatus.SUCCEEDED,
                "pout_" + reference,
                "UTR" + reference,
                t,
                t.plusSeconds(30));
    }

    private static RefundRecord refund(String reference, long amount, Instant t) {
        return new RefundRecord(reference, amount, RecordStatus.SUCCEEDED, "rfnd_" + reference, t, t.plusSeconds(30));
    }

    private static long records(List<ReconciliationCase> cases) {
        long count = 0;
        for (ReconciliationCase c : cases) {
            PaymentSide s = c.payments();
            count += s.payments().size() + s.payouts().size() + s.refunds().size();
        }
        return count;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
