package com.trustpay.payment.refund.application;

import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.domain.RefundStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** {@link RefundRows} in memory, with the repository's guards: a move from a status the row no longer has is no move. */
final class InMemoryRefundRows implements RefundRows {

    /** One row; fields the tests look at are open. */
    static final class Row {
        Refund refund;
        boolean excess;
        RefundStatus status;
        int createTries;
        String providerRefundId;
        String txnId;
        String lastError;
        Instant nextPollAt;
        Instant lateReadsUntil;
        UUID leaseToken;
        Instant leasedUntil;
        boolean unconfirmedAlerted;

        Refund refund() {
            Refund r = refund;
            return new Refund(
                    r.id(),
                    r.escrowId(),
                    r.n(),
                    r.reference(),
                    r.amountPaise(),
                    r.reason(),
                    r.providerPaymentId(),
                    txnId,
                    status,
                    createTries,
                    providerRefundId,
                    r.createdAt());
        }
    }

    final Map<UUID, Row> rows = new LinkedHashMap<>();

    Row row(UUID id) {
        return rows.get(id);
    }

    Row only() {
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows");
        }
        return rows.values().iterator().next();
    }

    @Override
    public int nextNumber(UUID escrowId) {
        return next(escrowId, false);
    }

    @Override
    public int nextExcessNumber(UUID escrowId) {
        return next(escrowId, true);
    }

    private int next(UUID escrowId, boolean excess) {
        return rows.values().stream()
                        .filter(r -> r.refund.escrowId().equals(escrowId) && r.excess == excess)
                        .mapToInt(r -> r.refund.n())
                        .max()
                        .orElse(0)
                + 1;
    }

    @Override
    public Optional<Refund> findNumbered(UUID escrowId, int n) {
        return rows.values().stream()
                .filter(r -> !r.excess && r.refund.escrowId().equals(escrowId) && r.refund.n() == n)
                .map(Row::refund)
                .findFirst();
    }

    @Override
    public Optional<Refund> findLive(UUID escrowId) {
        return rows.values().stream()
                .filter(r -> !r.excess && r.refund.escrowId().equals(escrowId) && r.status != RefundStatus.FAILED)
                .max(Comparator.comparingInt(r -> r.refund.n()))
                .map(Row::refund);
    }

    @Override
    public Optional<Refund> find(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(Row::refund);
    }

    @Override
    public Optional<Refund> findExcess(String providerPaymentId) {
        return rows.values().stream()
                .filter(r -> r.excess && r.refund.providerPaymentId().equals(providerPaymentId))
                .map(Row::refund)
                .findFirst();
    }

    @Override
    public void insert(Refund r, Instant nextPollAt) {
        if (findNumbered(r.escrowId(), r.n()).isPresent()) {
            throw new IllegalStateException("UNIQUE (escrow_id, purpose, n)");
        }
        add(r, false, nextPollAt);
    }

    /** Adds a row as it stands, for a test's "given". */
    Row add(Refund r, boolean excess, Instant nextPollAt) {
        Row row = new Row();
        row.refund = r;
        row.excess = excess;
        row.status = r.status();
        row.createTries = r.createTries();
        row.providerRefundId = r.providerRefundId();
        row.txnId = r.providerPaymentTxnId();
        row.nextPollAt = nextPollAt;
        rows.put(r.id(), row);
        return row;
    }

    @Override
    public boolean insertExcess(Refund r, String excessPaymentId, Instant nextPollAt) {
        if (findExcess(excessPaymentId).isPresent()) {
            return false;
        }
        add(r, true, nextPollAt);
        return true;
    }

    @Override
    public Optional<RefundStatus> status(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(r -> r.status);
    }

    @Override
    public boolean markPending(UUID id, RefundStatus from, String providerRefundId, Instant nextPollAt, Instant now) {
        from.check(RefundStatus.PENDING);
        return move(id, from, RefundStatus.PENDING, r -> {
            r.providerRefundId = providerRefundId;
            r.createTries++;
            r.nextPollAt = nextPollAt;
        });
    }

    @Override
    public boolean markUnknown(UUID id, RefundStatus from, String error, Instant nextPollAt, Instant now) {
        return move(id, from, RefundStatus.UNKNOWN, r -> {
            r.lastError = error;
            r.nextPollAt = nextPollAt;
            r.createTries++;
        });
    }

    @Override
    public boolean settle(UUID id, RefundStatus from, RefundStatus to, String error, Instant now) {
        from.check(to);
        return move(id, from, to, r -> {
            r.nextPollAt = null;
            r.lastError = error == null ? r.lastError : error;
        });
    }

    @Override
    public boolean noteLateSuccess(UUID id, String note, Instant now) {
        Row r = rows.get(id);
        if (r.status != RefundStatus.FAILED || (r.lastError != null && r.lastError.startsWith("late success"))) {
            return false;
        }
        r.lastError = note;
        return true;
    }

    @Override
    public void scheduleLateReads(UUID id, Instant firstAt, Instant until) {
        Row r = rows.get(id);
        if (r.status == RefundStatus.FAILED && r.providerRefundId != null) {
            r.nextPollAt = firstAt;
            r.lateReadsUntil = until;
        }
    }

    @Override
    public void rescheduleLateRead(UUID id, Instant nextAt, Instant now) {
        Row r = rows.get(id);
        if (r.status != RefundStatus.FAILED) {
            return;
        }
        boolean noted = r.lastError != null && r.lastError.startsWith("late success");
        r.nextPollAt = r.lateReadsUntil != null && r.lateReadsUntil.isAfter(now) && !noted
                ? (nextAt.isBefore(r.lateReadsUntil) ? nextAt : r.lateReadsUntil)
                : null;
    }

    @Override
    public void recordRead(UUID id, ProviderRefund read, Instant now) {}

    @Override
    public void recordError(UUID id, String error, Instant nextPollAt, boolean createTried, Instant now) {
        Row r = rows.get(id);
        if (r.status.open()) {
            r.lastError = error;
            r.nextPollAt = nextPollAt;
            r.createTries += createTried ? 1 : 0;
        }
    }

    @Override
    public void recordTxnId(UUID id, String txnId, Instant now) {
        rows.get(id).txnId = txnId;
    }

    @Override
    public boolean markUnconfirmedAlerted(UUID id, Instant now) {
        Row r = rows.get(id);
        boolean first = !r.unconfirmedAlerted;
        r.unconfirmedAlerted = true;
        return first;
    }

    @Override
    public void reschedule(UUID id, Instant nextPollAt) {
        Row r = rows.get(id);
        if (r.status.open()) {
            r.nextPollAt = nextPollAt;
        }
    }

    @Override
    public boolean claim(UUID id, UUID token, Instant until, Instant now) {
        Row r = rows.get(id);
        if (r.leasedUntil != null && r.leasedUntil.isAfter(now)) {
            return false;
        }
        r.leaseToken = token;
        r.leasedUntil = until;
        return true;
    }

    @Override
    public boolean renewLease(UUID id, UUID token, Instant until) {
        Row r = rows.get(id);
        if (!Objects.equals(r.leaseToken, token)) {
            return false;
        }
        r.leasedUntil = until;
        return true;
    }

    @Override
    public void release(UUID id, UUID token) {
        Row r = rows.get(id);
        if (Objects.equals(r.leaseToken, token)) {
            r.leaseToken = null;
            r.leasedUntil = null;
        }
    }

    private boolean move(UUID id, RefundStatus from, RefundStatus to, Consumer<Row> change) {
        Row r = rows.get(id);
        if (r == null || r.status != from) {
            return false;
        }
        r.status = to;
        change.accept(r);
        return true;
    }
}
