package com.trustpay.platform.messaging;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Sorts a listener's failure into a {@link FailureKind} by looking at its whole cause chain.
 *
 * <p>A dependency being unavailable anywhere in the chain makes the failure {@link FailureKind#TRANSIENT}, whatever
 * wraps it: a database outage surfaces as {@code CannotCreateTransactionException} (Hikari's "connection is not
 * available"), {@code CannotGetJdbcConnectionException}, a translated {@code DataAccessResourceFailureException}, a
 * commit whose answer was lost ({@code TransactionSystemException} over a PostgreSQL connection error) or a raw
 * {@code PSQLException} with a connection SQLState; the broker as one of Kafka's {@code RetriableException}s (its
 * timeouts). Such a message is never the message's fault, so it is never dead-lettered. Otherwise an undecodable
 * record is {@link FailureKind#POISON} and anything else {@link FailureKind#PERMANENT}.
 */
public final class FailureClassifier {

    /**
     * PostgreSQL SQLState classes and codes that mean "try again later": 08 connection exception, 53 insufficient
     * resources, 57P01-57P03 shutdown or not accepting connections yet, 57014 statement timeout, 58 I/O error, 40001
     * serialization failure, 40P01 deadlock, 55P03 lock not available.
     */
    private static final Predicate<String> TRANSIENT_SQL_STATE = state -> state.startsWith("08")
            || state.startsWith("53")
            || state.startsWith("58")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || state.equals("57014")
            || state.equals("40001")
            || state.equals("40P01")
            || state.equals("55P03");

    private FailureClassifier() {}

    public static FailureKind classify(Throwable failure) {
        if (anyInChain(failure, FailureClassifier::isTransient)) {
            return FailureKind.TRANSIENT;
        }
        if (anyInChain(failure, FailureClassifier::isPoison)) {
            return FailureKind.POISON;
        }
        return FailureKind.PERMANENT;
    }

    private static boolean isTransient(Throwable t) {
        return t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException
                || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException
                || t instanceof TransactionTimedOutException
                || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException
                || (t instanceof SQLException sql
                        && sql.getSQLState() != null
                        && TRANSIENT_SQL_STATE.test(sql.getSQLState()))
                || t instanceof RetriableException
                || t instanceof ConnectException
                || t instanceof NoRouteToHostException
                || t instanceof SocketTimeoutException;
    }

    private static boolean isPoison(Throwable t) {
        return t instanceof PoisonMessageException || t instanceof DeserializationException;
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && test.test(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
