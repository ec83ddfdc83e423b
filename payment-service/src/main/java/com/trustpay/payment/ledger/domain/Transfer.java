package com.trustpay.payment.ledger.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable ledger transfer: {@code amountPaise} moves from the debit to the credit account.
 *
 * @param pendingId for a post or void, the pending transfer it resolves
 * @param reference the business reference (attempt, payout or refund reference)
 */
public record Transfer(
        String id,
        UUID escrowId,
        String debitAccountId,
        String creditAccountId,
        long amountPaise,
        TransferCode code,
        TransferFlag flag,
        String pendingId,
        String reference,
        Instant createdAt) {

    public Transfer {
        if (amountPaise <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount, not " + amountPaise);
        }
        if (debitAccountId.equals(creditAccountId)) {
            throw new IllegalArgumentException("a transfer needs two accounts");
        }
        if ((pendingId != null) != (flag == TransferFlag.POST_PENDING || flag == TransferFlag.VOID_PENDING)) {
            throw new IllegalArgumentException("only a post or void names a pending transfer");
        }
    }

    /** A single-phase or pending transfer of {@code code} for the event with {@code reference}. */
    public static Transfer of(
            TransferCode code, TransferFlag flag, UUID escrowId, String reference, long amountPaise, Instant at) {
        if (flag != TransferFlag.POSTED && flag != TransferFlag.PENDING) {
            throw new IllegalArgumentException("use resolve() for " + flag);
        }
        return new Transfer(
                code.transferId(reference),
                escrowId,
                code.debit().accountId(escrowId),
                code.credit().accountId(escrowId),
                amountPaise,
                code,
                flag,
                null,
                reference,
                at);
    }

    /** Posts or voids this pending transfer: same accounts, same amount; id {@code post:<id>} or {@code void:<id>}. */
    public Transfer resolve(boolean post, Instant at) {
        if (flag != TransferFlag.PENDING) {
            throw new IllegalStateException(id + " is not pending");
        }
        return new Transfer(
                (post ? "post:" : "void:") + id,
                escrowId,
                debitAccountId,
                creditAccountId,
                amountPaise,
                code,
                post ? TransferFlag.POST_PENDING : TransferFlag.VOID_PENDING,
                id,
                reference,
                at);
    }

    /** Whether {@code other} records the same movement (a duplicate, not a conflicting one). */
    public boolean sameAs(Transfer other) {
        return id.equals(other.id)
                && debitAccountId.equals(other.debitAccountId)
                && creditAccountId.equals(other.creditAccountId)
                && amountPaise == other.amountPaise
                && code == other.code
                && flag == other.flag;
    }
}
