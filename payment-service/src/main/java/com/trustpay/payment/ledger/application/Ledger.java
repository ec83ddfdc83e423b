package com.trustpay.payment.ledger.application;

import com.trustpay.payment.ledger.domain.Account;
import com.trustpay.payment.ledger.domain.AccountKind;
import com.trustpay.payment.ledger.domain.Reservation;
import com.trustpay.payment.ledger.domain.Transfer;
import com.trustpay.payment.ledger.domain.TransferCode;
import com.trustpay.payment.ledger.domain.TransferFlag;
import com.trustpay.payment.ledger.persistence.LedgerRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Posts ledger transfers for the payment features. Every method must run inside the caller's transaction (the one
 * that records the state change), and refuses to run outside one. Transfer ids come from the business event, so
 * recording an event twice is a no-op; recording a different movement under an id already used is a bug and
 * throws, rolling the caller's transaction back.
 */
public class Ledger {

    private final LedgerRepository rows;

    public Ledger(LedgerRepository rows) {
        this.rows = rows;
    }

    /** A confirmed payment of {@code amountPaise} on the attempt {@code attemptReference}: SETU_CLEARING → HELD. */
    public void capture(UUID escrowId, String attemptReference, long amountPaise, Instant now) {
        inTransaction();
        rows.openEscrowAccounts(escrowId, now);
        record(Transfer.of(TransferCode.CAPTURE, TransferFlag.POSTED, escrowId, attemptReference, amountPaise, now));
    }

    /**
     * A confirmed payment that is not the escrow's to hold (a second payment, a wrong amount, a late payment on a
     * dead attempt): SETU_CLEARING → EXCESS, keyed by the provider payment id. HELD never sees it (ADR 0012).
     */
    public void captureExcess(UUID escrowId, String providerPaymentId, long amountPaise, Instant now) {
        inTransaction();
        rows.openEscrowAccounts(escrowId, now);
        record(Transfer.of(
                TransferCode.EXCESS_CAPTURE, TransferFlag.POSTED, escrowId, providerPaymentId, amountPaise, now));
    }

    /**
     * Reserves the refund {@code refundReference} of excess money: a pending {@link TransferCode#REFUND} out of the
     * escrow's EXCESS account (not HELD), so {@link #post} and {@link #voidPending} settle it like any refund. The
     * EXCESS account's constraint refuses giving back more excess money than came in; false if that would happen.
     */
    public boolean reserveExcessRefund(UUID escrowId, String refundReference, long amountPaise, Instant now) {
        inTransaction();
        rows.openEscrowAccounts(escrowId, now);
        Transfer pending = new Transfer(
                TransferCode.REFUND.transferId(refundReference),
                escrowId,
                AccountKind.EXCESS.accountId(escrowId),
                AccountKind.REFUNDED.accountId(escrowId),
                amountPaise,
                TransferCode.REFUND,
                TransferFlag.PENDING,
                null,
                refundReference,
                now);
        Optional<Transfer> existing = rows.find(pending.id());
        if (existing.isPresent()) {
            same(pending, existing.get());
            return true;
        }
        Optional<Account> excess = rows.lockAccount(AccountKind.EXCESS.accountId(escrowId));
        if (excess.isEmpty() || excess.get().available() < amountPaise) {
            return false;
        }
        record(pending);
        return true;
    }

    /**
     * Locks the escrow's HELD account for the rest of the transaction, so that commands for one escrow are decided
     * one after the other; empty if nothing was ever collected.
     */
    public Optional<Account> lockHeld(UUID escrowId) {
        inTransaction();
        return rows.lockHeld(escrowId);
    }

    /**
     * Reserves {@code amountPaise} of the escrow's HELD account for a payout or refund (a pending transfer). The
     * HELD account is locked first, so concurrent commands for one escrow are decided one after the other; the
     * database constraint would refuse an overdraft even if this check were wrong.
     */
    public Reservation reserve(TransferCode code, UUID escrowId, String reference, long amountPaise, Instant now) {
        inTransaction();
        if (code != TransferCode.PAYOUT && code != TransferCode.REFUND) {
            throw new IllegalArgumentException("only payouts and refunds reserve money, not " + code);
        }
        Optional<Account> held = rows.lockHeld(escrowId);
        if (held.isEmpty() || held.get().creditsPosted() == 0) {
            return new Reservation.NotCollected();
        }
        Transfer pending = Transfer.of(code, TransferFlag.PENDING, escrowId, reference, amountPaise, now);
        Optional<Transfer> existing = rows.find(pending.id());
        if (existing.isPresent()) {
            same(pending, existing.get());
            return new Reservation.Reserved(existing.get(), true);
        }
        if (held.get().frozenReason() != null) {
            return new Reservation.Frozen(held.get().frozenReason());
        }
        if (amountPaise <= 0 || amountPaise > held.get().available()) {
            return new Reservation.Insufficient(held.get().available());
        }
        record(pending);
        return new Reservation.Reserved(pending, false);
    }

    /**
     * Posts the pending transfer of {@code code} for {@code reference}; false if it was already resolved, or if
     * there is none.
     */
    public boolean post(TransferCode code, String reference, Instant now) {
        return resolve(code, reference, true, now);
    }

    /** Voids the pending transfer of {@code code} for {@code reference}; false if it was already resolved or absent. */
    public boolean voidPending(TransferCode code, String reference, Instant now) {
        return resolve(code, reference, false, now);
    }

    /** Whether a transfer of {@code code} for {@code reference} is still pending. */
    public boolean isPending(TransferCode code, String reference) {
        String id = code.transferId(reference);
        return rows.find(id).isPresent() && rows.resolutionOf(id).isEmpty();
    }

    /**
     * Records money that left the HELD account without a reservation (a payout the provider processed after we had
     * settled it otherwise). Single-phase; refused (false) if it would overdraw HELD: the ledger never shows more
     * paid out than collected, the incident says the rest.
     */
    public boolean recordUnreserved(TransferCode code, UUID escrowId, String reference, long amountPaise, Instant now) {
        inTransaction();
        Transfer t = Transfer.of(code, TransferFlag.POSTED, escrowId, reference, amountPaise, now);
        Optional<Account> held = rows.lockHeld(escrowId);
        if (rows.find(t.id()).isPresent()) {
            same(t, rows.find(t.id()).get());
            return true;
        }
        if (code.debit() == AccountKind.HELD && (held.isEmpty() || held.get().available() < amountPaise)) {
            return false;
        }
        if (held.isEmpty()) {
            rows.openEscrowAccounts(escrowId, now);
        }
        record(t);
        return true;
    }

    /** A payout the bank returned after it succeeded: PAID_OUT → HELD. */
    public void payoutReversed(UUID escrowId, String payoutReference, long amountPaise, Instant now) {
        inTransaction();
        rows.openEscrowAccounts(escrowId, now);
        record(Transfer.of(
                TransferCode.PAYOUT_REVERSAL, TransferFlag.POSTED, escrowId, payoutReference, amountPaise, now));
    }

    /** Freezes the escrow's held money (no payout, no refund) after an incident; false if it already was. */
    public boolean freeze(UUID escrowId, String reason, Instant now) {
        inTransaction();
        rows.openEscrowAccounts(escrowId, now);
        return rows.freeze(escrowId, reason, now);
    }

    /** The escrow's accounts and transfers, for the internal read API. */
    public Statement statement(UUID escrowId) {
        return new Statement(escrowId, rows.accounts(escrowId), rows.transfers(escrowId));
    }

    /** An escrow's part of the ledger. */
    public record Statement(UUID escrowId, List<Account> accounts, List<Transfer> transfers) {}

    private boolean resolve(TransferCode code, String reference, boolean post, Instant now) {
        inTransaction();
        String id = code.transferId(reference);
        Transfer pending = rows.find(id).orElse(null);
        if (pending == null) {
            // a row from before the ledger that the migration could not reserve for: its state change must still
            // be recorded; the caller audits that the ledger had nothing to resolve
            return false;
        }
        Optional<Transfer> done = rows.resolutionOf(id);
        if (done.isPresent()) {
            return false;
        }
        return rows.insert(pending.resolve(post, now));
    }

    private void record(Transfer t) {
        if (!rows.insert(t)) {
            same(t, rows.find(t.id()).orElseThrow(() -> new IllegalStateException("transfer " + t.id() + " clashes")));
        }
    }

    private static void same(Transfer wanted, Transfer existing) {
        if (!wanted.sameAs(existing)) {
            throw new IllegalStateException("transfer " + wanted.id() + " exists with different accounts, amount or"
                    + " kind: " + existing + " vs " + wanted);
        }
    }

    private static void inTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("ledger transfers are posted in the transaction of the state change");
        }
    }
}
