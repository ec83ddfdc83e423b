package com.trustpay.payment.ledger.persistence;

import com.trustpay.payment.ledger.domain.Account;
import com.trustpay.payment.ledger.domain.AccountKind;
import com.trustpay.payment.ledger.domain.Transfer;
import com.trustpay.payment.ledger.domain.TransferCode;
import com.trustpay.payment.ledger.domain.TransferFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ledger rows. Balances are never written here: the {@code ledger_transfer_applied} trigger applies each inserted
 * transfer to both accounts, and the accounts' CHECK constraints refuse an overdrawn HELD account.
 */
public class LedgerRepository {

    private static final String ACCOUNT_COLUMNS =
            "id, escrow_id, kind, debits_pending, debits_posted," + " credits_pending, credits_posted, frozen_reason";
    private static final String TRANSFER_COLUMNS = "id, escrow_id, debit_account_id, credit_account_id, amount_paise,"
            + " code, flag, pending_id, reference, created_at";

    private final JdbcTemplate jdbc;

    public LedgerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the escrow's HELD, PAID_OUT, REFUNDED and EXCESS accounts if they are not open yet. */
    public void openEscrowAccounts(UUID escrowId, Instant now) {
        for (AccountKind kind : AccountKind.values()) {
            if (kind.perEscrow()) {
                jdbc.update(
                        "INSERT INTO ledger_account (id, escrow_id, kind, debits_must_not_exceed_credits, created_at)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        kind.accountId(escrowId),
                        escrowId,
                        kind.name(),
                        kind.neverOverdrawn(),
                        Timestamp.from(now));
            }
        }
    }

    /** The escrow's HELD account, locked for the rest of the transaction; empty if nothing was ever collected. */
    public Optional<Account> lockHeld(UUID escrowId) {
        return jdbc
                .query(
                        "SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account WHERE id = ? FOR UPDATE",
                        LedgerRepository::account,
                        AccountKind.HELD.accountId(escrowId))
                .stream()
                .findFirst();
    }

    /** An account by id, locked for the rest of the transaction. */
    public Optional<Account> lockAccount(String accountId) {
        return jdbc
                .query(
                        "SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account WHERE id = ? FOR UPDATE",
                        LedgerRepository::account,
                        accountId)
                .stream()
                .findFirst();
    }

    /** Inserts the transfer; false if a transfer with its id (or, for a post or void, its pending id) exists. */
    public boolean insert(Transfer t) {
        return jdbc.update(
                        "INSERT INTO ledger_transfer (" + TRANSFER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING",
                        t.id(),
                        t.escrowId(),
                        t.debitAccountId(),
                        t.creditAccountId(),
                        t.amountPaise(),
                        t.code().name(),
                        t.flag().name(),
                        t.pendingId(),
                        t.reference(),
                        Timestamp.from(t.createdAt()))
                == 1;
    }

    public Optional<Transfer> find(String id) {
        return jdbc
                .query(
                        "SELECT " + TRANSFER_COLUMNS + " FROM ledger_transfer WHERE id = ?",
                        LedgerRepository::transfer,
                        id)
                .stream()
                .findFirst();
    }

    /** The post or void of a pending transfer, if it was resolved. */
    public Optional<Transfer> resolutionOf(String pendingId) {
        return jdbc
                .query(
                        "SELECT " + TRANSFER_COLUMNS + " FROM ledger_transfer WHERE pending_id = ?",
                        LedgerRepository::transfer,
                        pendingId)
                .stream()
                .findFirst();
    }

    /** Freezes the escrow's HELD account: no new debits (the trigger refuses them) until ops unfreeze it. */
    public boolean freeze(UUID escrowId, String reason, Instant now) {
        return jdbc.update(
                        "UPDATE ledger_account SET frozen_at = ?, frozen_reason = ? WHERE id = ? AND frozen_at IS NULL",
                        Timestamp.from(now),
                        reason,
                        AccountKind.HELD.accountId(escrowId))
                == 1;
    }

    public List<Account> accounts(UUID escrowId) {
        return jdbc.query(
                "SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account WHERE escrow_id = ? ORDER BY kind",
                LedgerRepository::account,
                escrowId);
    }

    public List<Transfer> transfers(UUID escrowId) {
        return jdbc.query(
                "SELECT " + TRANSFER_COLUMNS + " FROM ledger_transfer WHERE escrow_id = ? ORDER BY created_at, id",
                LedgerRepository::transfer,
                escrowId);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getString("id"),
                rs.getObject("escrow_id", UUID.class),
                AccountKind.valueOf(rs.getString("kind")),
                rs.getLong("debits_pending"),
                rs.getLong("debits_posted"),
                rs.getLong("credits_pending"),
                rs.getLong("credits_posted"),
                rs.getString("frozen_reason"));
    }

    private static Transfer transfer(ResultSet rs, int row) throws SQLException {
        return new Transfer(
                rs.getString("id"),
                rs.getObject("escrow_id", UUID.class),
                rs.getString("debit_account_id"),
                rs.getString("credit_account_id"),
                rs.getLong("amount_paise"),
                TransferCode.valueOf(rs.getString("code")),
                TransferFlag.valueOf(rs.getString("flag")),
                rs.getString("pending_id"),
                rs.getString("reference"),
                rs.getTimestamp("created_at").toInstant());
    }
}
