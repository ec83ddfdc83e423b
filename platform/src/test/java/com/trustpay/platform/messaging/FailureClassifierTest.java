package com.trustpay.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class FailureClassifierTest {

    @Test
    void theDatabaseBeingUnreachableIsTransientHoweverItIsWrapped() {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms",
                "08001",
                new SQLException("Connection to 127.0.0.1:5433 refused", "08001"));
        assertThat(FailureClassifier.classify(
                        listenerFailed(new CannotCreateTransactionException("Could not open JDBC Connection", hikari))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new CannotGetJdbcConnectionException("no connection")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new DataAccessResourceFailureException("I/O error")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new QueryTimeoutException("statement timeout")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new CannotAcquireLockException("lock timeout")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new SQLRecoverableException("gone")))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aCommitWhoseConnectionBrokeIsTransient() {
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(FailureClassifier.classify(new TransactionSystemException("Could not commit JDBC transaction", io)))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void postgresStatesThatMeanTryAgainLaterAreTransientAndOthersAreNot() {
        for (String state : new String[] {"08006", "53300", "57P01", "57P03", "57014", "40001", "40P01", "55P03"}) {
            assertThat(FailureClassifier.classify(new IllegalStateException(new SQLException("x", state))))
                    .as(state)
                    .isEqualTo(FailureKind.TRANSIENT);
        }
        assertThat(FailureClassifier.classify(new SQLException("duplicate key", "23505")))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new SQLException("no state"))).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void aBrokerTimeoutIsTransient() {
        assertThat(FailureClassifier.classify(new KafkaException("Send failed", new TimeoutException("expired"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new IllegalStateException(new ConnectException("refused"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void anUndecodableRecordIsPoison() {
        assertThat(FailureClassifier.classify(listenerFailed(new PoisonMessageException("Unknown message type X"))))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureClassifier.classify(
                        new DeserializationException("bad", new byte[] {1}, false, new IllegalStateException())))
                .isEqualTo(FailureKind.POISON);
    }

    @Test
    void refusalsAndBugsArePermanent() {
        assertThat(FailureClassifier.classify(listenerFailed(new IllegalArgumentException("amount must be positive"))))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new IllegalStateException("Escrow is RELEASED, cannot hold funds")))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new DuplicateKeyException("unique violation")))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new DataIntegrityViolationException("check violated")))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new NullPointerException())).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void aTransientCauseWinsOverARefusalWrappingIt() {
        assertThat(FailureClassifier.classify(
                        new IllegalArgumentException("lookup failed", new CannotGetJdbcConnectionException("down"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aSelfCausedChainEnds() {
        RuntimeException loop = new RuntimeException("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(FailureClassifier.classify(loop)).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void theReasonNamesTheListenersFailureAndItsCausesWithinBounds() {
        String reason = FailureReasons.describe(
                listenerFailed(new IllegalArgumentException("bad amount", new IllegalStateException("inner"))));
        assertThat(reason)
                .isEqualTo("java.lang.IllegalArgumentException: bad amount <- java.lang.IllegalStateException: inner");
        assertThat(FailureReasons.describe(new IllegalStateException("x".repeat(5000))))
                .hasSize(FailureReasons.MAX_LENGTH);
    }

    private static ListenerExecutionFailedException listenerFailed(Throwable cause) {
        return new ListenerExecutionFailedException("Listener method threw", cause);
    }
}
