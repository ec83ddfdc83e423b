package com.trustpay.escrow.escrow.application;

import com.trustpay.platform.problem.ProblemException;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a transaction and runs it again, from a fresh read, when a concurrent writer got there
 * first (optimistic lock or unique key). Persistent conflicts become {@code CONCURRENT_UPDATE} (409).
 */
public class ConflictRetry {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate tx;

    public ConflictRetry(TransactionTemplate tx) {
        this.tx = tx;
    }

    public <T> T run(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return tx.execute(status -> work.get());
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                last = e;
            }
        }
        throw new ProblemException(
                ProblemException.Kind.CONFLICT,
                "CONCURRENT_UPDATE",
                "The escrow kept changing while we tried to update it: " + last.getMessage());
    }
}
