package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires escrows nobody joined within the code's time to live. Rows are taken with {@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work without doing any escrow twice. Run every
 * {@code trustpay.escrow.expiry-sweep} by a platform {@code PeriodicJob} (see {@code EscrowConfiguration}).
 */
public class CodeExpiry {

    private static final int BATCH = 100;

    private final EscrowRepository escrows;
    private final EscrowStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CodeExpiry(EscrowRepository escrows, EscrowStore store, TransactionTemplate tx, Clock clock) {
        this.escrows = escrows;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /** Expires overdue codes batch after batch until none is left. */
    public void sweep() {
        int expired;
        do {
            expired = expireOverdueCodes();
        } while (expired == BATCH);
    }

    /** Expires one batch of overdue escrows and returns how many were expired. */
    public int expireOverdueCodes() {
        Integer expired = tx.execute(status -> {
            Instant now = clock.instant();
            List<UUID> due = escrows.lockOverdueCodes(now, BATCH);
            for (UUID id : due) {
                Escrow escrow = escrows.find(id).orElseThrow();
                store.update(escrow, escrow.expireCode(now), null);
            }
            return due.size();
        });
        return expired == null ? 0 : expired;
    }
}
