package com.trustpay.payment.ledger.web;

import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.ledger.domain.Account;
import com.trustpay.payment.ledger.domain.AccountKind;
import com.trustpay.payment.ledger.domain.Transfer;
import com.trustpay.payment.ledger.domain.TransferCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An escrow's ledger (internal read API, behind the {@code /internal} protection). Amounts are long paise.
 * {@code balanced} says that every transfer moved the same amount out of one account and into another and that
 * each account's stored balances equal the sum of its transfers.
 */
@RestController
class LedgerController {

    /** Account balances as stored, plus what they mean. */
    record AccountView(
            String id,
            AccountKind kind,
            long debitsPending,
            long debitsPosted,
            long creditsPending,
            long creditsPosted,
            long balancePaise,
            long availablePaise,
            String frozenReason) {}

    record TransferView(
            String id,
            String code,
            String flag,
            String debitAccount,
            String creditAccount,
            long amountPaise,
            String pendingId,
            String reference,
            Instant createdAt) {}

    /**
     * @param collectedPaise posted credits of HELD that came from captures
     * @param heldPaise the HELD balance (posted)
     * @param pendingPaise payouts and refunds reserved but not yet settled
     * @param paidOutPaise the PAID_OUT balance
     * @param refundedPaise the REFUNDED balance (the escrow's refunds and excess money given back)
     * @param excessCollectedPaise money captured that was not the escrow's to hold (ADR 0012)
     * @param excessPaise the EXCESS balance: such money not yet given back
     */
    record LedgerView(
            UUID escrowId,
            boolean balanced,
            long collectedPaise,
            long heldPaise,
            long pendingPaise,
            long paidOutPaise,
            long refundedPaise,
            long excessCollectedPaise,
            long excessPaise,
            List<AccountView> accounts,
            List<TransferView> transfers) {}

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/internal/ledger/escrows/{escrowId}")
    LedgerView escrow(@PathVariable UUID escrowId) {
        Ledger.Statement s = ledger.statement(escrowId);
        Map<AccountKind, Account> byKind = new HashMap<>();
        s.accounts().forEach(a -> byKind.put(a.kind(), a));
        long collected = s.transfers().stream()
                .filter(t -> t.code() == TransferCode.CAPTURE)
                .mapToLong(Transfer::amountPaise)
                .sum();
        return new LedgerView(
                escrowId,
                balanced(s),
                collected,
                balance(byKind.get(AccountKind.HELD)),
                byKind.containsKey(AccountKind.HELD)
                        ? byKind.get(AccountKind.HELD).debitsPending()
                        : 0,
                balance(byKind.get(AccountKind.PAID_OUT)),
                balance(byKind.get(AccountKind.REFUNDED)),
                s.transfers().stream()
                        .filter(t -> t.code() == TransferCode.EXCESS_CAPTURE)
                        .mapToLong(Transfer::amountPaise)
                        .sum(),
                balance(byKind.get(AccountKind.EXCESS)),
                s.accounts().stream().map(LedgerController::view).toList(),
                s.transfers().stream().map(LedgerController::view).toList());
    }

    /** Recomputes each escrow account's balances from the transfers and compares them with the stored ones. */
    private static boolean balanced(Ledger.Statement s) {
        Map<String, long[]> sums = new HashMap<>();
        for (Transfer t : s.transfers()) {
            long pending = 0;
            long posted = 0;
            switch (t.flag()) {
                case POSTED -> posted = t.amountPaise();
                case PENDING -> pending = t.amountPaise();
                case POST_PENDING -> {
                    pending = -t.amountPaise();
                    posted = t.amountPaise();
                }
                case VOID_PENDING -> pending = -t.amountPaise();
            }
            long[] debit = sums.computeIfAbsent(t.debitAccountId(), k -> new long[4]);
            debit[0] += pending;
            debit[1] += posted;
            long[] credit = sums.computeIfAbsent(t.creditAccountId(), k -> new long[4]);
            credit[2] += pending;
            credit[3] += posted;
        }
        for (Account a : s.accounts()) {
            long[] x = sums.getOrDefault(a.id(), new long[4]);
            if (x[0] != a.debitsPending()
                    || x[1] != a.debitsPosted()
                    || x[2] != a.creditsPending()
                    || x[3] != a.creditsPosted()) {
                return false;
            }
        }
        // conservation: what the escrow's accounts hold together is what was captured, and every pending debit
        // of HELD or EXCESS is a pending credit of PAID_OUT or REFUNDED
        long inEscrow = 0;
        long pendingOut = 0;
        long pendingIn = 0;
        for (Account a : s.accounts()) {
            inEscrow += a.creditBalance();
            if (a.kind() == AccountKind.HELD || a.kind() == AccountKind.EXCESS) {
                pendingOut += a.debitsPending() - a.creditsPending();
            } else {
                pendingIn += a.creditsPending() - a.debitsPending();
            }
        }
        long captured = s.transfers().stream()
                .filter(t -> t.code() == TransferCode.CAPTURE || t.code() == TransferCode.EXCESS_CAPTURE)
                .mapToLong(Transfer::amountPaise)
                .sum();
        return inEscrow == captured && pendingOut == pendingIn;
    }

    private static long balance(Account a) {
        if (a == null) {
            return 0;
        }
        return a.creditBalance();
    }

    private static AccountView view(Account a) {
        return new AccountView(
                a.id(),
                a.kind(),
                a.debitsPending(),
                a.debitsPosted(),
                a.creditsPending(),
                a.creditsPosted(),
                a.creditBalance(),
                a.available(),
                a.frozenReason());
    }

    private static TransferView view(Transfer t) {
        return new TransferView(
                t.id(),
                t.code().name(),
                t.flag().name(),
                t.debitAccountId(),
                t.creditAccountId(),
                t.amountPaise(),
                t.pendingId(),
                t.reference(),
                t.createdAt());
    }
}
