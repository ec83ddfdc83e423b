package com.trustpay.payment.refund.application;

import com.trustpay.payment.ledger.domain.Reservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One escrow's HELD account in memory: pending refunds count against it, as the ledger's constraint makes them;
 * posting or booking a late success moves the money to REFUNDED.
 */
final class InMemoryRefundLedger implements RefundLedger {

    long collectedPaise;
    long heldPaise;
    long refundedPaise;
    String frozen;
    final Map<String, Long> pending = new LinkedHashMap<>();
    final List<String> booked = new ArrayList<>();

    InMemoryRefundLedger collected(long amountPaise) {
        collectedPaise = amountPaise;
        heldPaise = amountPaise;
        return this;
    }

    private long available() {
        return heldPaise - pending.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void lockHeld(UUID escrowId) {}

    @Override
    public Reservation reserve(UUID escrowId, String reference, long amountPaise, Instant now) {
        if (collectedPaise == 0) {
            return new Reservation.NotCollected();
        }
        if (frozen != null) {
            return new Reservation.Frozen(frozen);
        }
        if (pending.containsKey(reference)) {
            return new Reservation.Reserved(null, true);
        }
        if (amountPaise > available()) {
            return new Reservation.Insufficient(available());
        }
        pending.put(reference, amountPaise);
        return new Reservation.Reserved(null, false);
    }

    @Override
    public boolean reserveExcess(UUID escrowId, String reference, long amountPaise, Instant now) {
        return true;
    }

    @Override
    public boolean post(String reference, Instant now) {
        Long amount = pending.remove(reference);
        if (amount == null) {
            return false;
        }
        heldPaise -= amount;
        refundedPaise += amount;
        booked.add(reference);
        return true;
    }

    @Override
    public boolean voidPending(String reference, Instant now) {
        return pending.remove(reference) != null;
    }

    @Override
    public boolean bookLate(UUID escrowId, String reference, long amountPaise, Instant now) {
        if (amountPaise > available()) {
            return false;
        }
        heldPaise -= amountPaise;
        refundedPaise += amountPaise;
        booked.add(reference);
        return true;
    }

    @Override
    public void freeze(UUID escrowId, String reason, Instant now) {
        frozen = reason;
    }
}
