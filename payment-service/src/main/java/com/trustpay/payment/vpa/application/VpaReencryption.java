package com.trustpay.payment.vpa.application;

import com.trustpay.platform.crypto.ColumnReencryption;
import java.util.List;

/**
 * Brings every stored VPA under the active data key: plaintext from before encryption at rest is sealed, values under
 * an older key are sealed again. Safe on several instances and beside live traffic (rows are taken with
 * {@code SKIP LOCKED}, see {@link ColumnReencryption}). Once a run finds nothing left under an old key and nothing
 * unreadable, that key can leave {@code TRUSTPAY_DATA_KEYS}.
 */
public final class VpaReencryption {

    private static final int BATCH = 200;

    private final List<ColumnReencryption> tables;

    public VpaReencryption(List<ColumnReencryption> tables) {
        this.tables = List.copyOf(tables);
    }

    /**
     * What a run did across the VPA tables.
     *
     * @param resealed rows rewritten under the active key
     * @param unreadable rows left because a value could not be opened (its key is no longer in the ring)
     */
    public record Outcome(int resealed, int unreadable) {}

    /** Re-encrypts until nothing is left to do; returns the totals. */
    public Outcome run() {
        int resealed = 0;
        int unreadable = 0;
        for (ColumnReencryption table : tables) {
            ColumnReencryption.Result result = table.runAll(BATCH);
            resealed += result.resealed();
            unreadable += result.unreadable();
        }
        return new Outcome(resealed, unreadable);
    }
}
