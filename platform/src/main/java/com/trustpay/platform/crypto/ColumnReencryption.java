package com.trustpay.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the sealed columns of one table under the active data key: values sealed under an older key are opened and
 * sealed again, and plaintext written before the column was encrypted is sealed. Run it after each rotation (a
 * service exposes it as a {@code PeriodicJob}); once it finds nothing, the old key can leave the ring.
 *
 * <p>Rows are taken a batch at a time with {@code FOR UPDATE SKIP LOCKED} and rewritten in the same transaction, so
 * two instances share the work and a row the application is changing is simply left for the next round. Rows are
 * addressed by {@code ctid}, which is stable while the row is locked, so one class serves tables of any key shape.
 * A value that cannot be opened (its key has already left the ring, or it was changed) is logged and left as it is.
 */
public final class ColumnReencryption {

    private static final Logger log = LoggerFactory.getLogger(ColumnReencryption.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FieldCipher cipher;
    private final String table;
    private final List<SealedColumn> columns;

    /**
     * @param columns the sealed columns of one table (all with the same {@link SealedColumn#table()})
     */
    public ColumnReencryption(
            JdbcTemplate jdbc, TransactionTemplate transactions, FieldCipher cipher, List<SealedColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Re-encryption needs at least one column");
        }
        this.table = columns.getFirst().table();
        if (columns.stream().anyMatch(c -> !c.table().equals(table))) {
            throw new IllegalArgumentException("Re-encryption works on the columns of one table: " + columns);
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.columns = List.copyOf(columns);
    }

    /**
     * What one run did.
     *
     * @param resealed rows rewritten under the active key
     * @param unreadable rows with a value that could not be opened, left as they are
     */
    public record Result(int resealed, int unreadable) {}

    /**
     * Rounds of {@code batch} rows until a round rewrites nothing: the rows rewritten in all, and the unreadable
     * rows the last round met (every round meets them again).
     */
    public Result runAll(int batch) {
        int resealed = 0;
        Result round;
        do {
            round = runOnce(batch);
            resealed += round.resealed();
        } while (round.resealed() > 0);
        int unreadable = round.unreadable();
        if (resealed > 0 || unreadable > 0) {
            log.info(
                    "Re-encrypted {} rows of {} under data key {} ({} unreadable)",
                    resealed,
                    table,
                    cipher.activeKeyId(),
                    unreadable);
        }
        return new Result(resealed, unreadable);
    }

    /** One batch, in one transaction. */
    public Result runOnce(int batch) {
        return Objects.requireNonNull(transactions.execute(status -> reseal(batch)));
    }

    private Result reseal(int batch) {
        String prefix = cipher.activePrefix();
        List<String> due = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (SealedColumn column : columns) {
            due.add("(" + column.column() + " IS NOT NULL AND left(" + column.column() + ", ?) <> ?)");
            args.add(prefix.length());
            args.add(prefix);
        }
        args.add(batch);
        String select = "SELECT ctid::text AS row_ref, " + String.join(", ", names()) + " FROM " + table + " WHERE "
                + String.join(" OR ", due) + " LIMIT ? FOR UPDATE SKIP LOCKED";
        String update = "UPDATE " + table + " SET "
                + String.join(", ", names().stream().map(n -> n + " = ?").toList()) + " WHERE ctid = ?::tid";
        List<List<String>> rows = jdbc.query(
                select,
                (rs, n) -> {
                    List<String> row = new ArrayList<>();
                    row.add(rs.getString("row_ref"));
                    for (SealedColumn column : columns) {
                        row.add(rs.getString(column.column()));
                    }
                    return row;
                },
                args.toArray());
        int resealed = 0;
        int unreadable = 0;
        for (List<String> row : rows) {
            Object[] values = resealed(row);
            if (values == null) {
                unreadable++;
            } else {
                jdbc.update(update, values);
                resealed++;
            }
        }
        return new Result(resealed, unreadable);
    }

    /** The row's values under the active key, then its ctid; null when one of them cannot be opened. */
    private Object[] resealed(List<String> row) {
        Object[] values = new Object[columns.size() + 1];
        try {
            for (int i = 0; i < columns.size(); i++) {
                values[i] = cipher.reseal(columns.get(i), row.get(i + 1));
            }
        } catch (UnknownDataKeyException | UnreadableValueException e) {
            log.warn("A row of {} cannot be re-encrypted and is left as it is: {}", table, e.getMessage());
            return null;
        }
        values[columns.size()] = row.getFirst();
        return values;
    }

    private List<String> names() {
        return columns.stream().map(SealedColumn::column).toList();
    }
}
