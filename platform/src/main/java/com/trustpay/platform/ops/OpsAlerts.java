package com.trustpay.platform.ops;

import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.platform.ops.AlertThrottle.Burst;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises {@link AdminAlert}s on {@code ops.alerts} through the transactional outbox, with this service's name
 * ({@code spring.application.name}) as their source. An alert raised inside a transaction commits with it (a state
 * change and the alert about it go out together or not at all); raised outside one, it is written in a transaction
 * of its own.
 *
 * <p>Repeats are throttled per kind and {@linkplain Alert#key() key}: the first alert goes out at once, repeats
 * within the window are held back and counted, and the next alert after the window (or {@link #flush}, which the
 * platform runs every window) reports them all, its {@linkplain Alert#detail() text} written for their number and
 * the time of the first. The contract has no count field, so the count is in the text and in this class's log.
 * An alert whose transaction rolls back was not sent: its occurrences are counted again, so a rollback never
 * swallows the alert that follows it. The throttle is per instance, in memory: two instances may each raise one.
 */
public class OpsAlerts {

    private static final Logger log = LoggerFactory.getLogger(OpsAlerts.class);

    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String source;
    private final AlertThrottle<Key, Alert> throttle;

    /** @param throttleWindow zero raises every alert at once */
    public OpsAlerts(Outbox outbox, TransactionTemplate tx, Clock clock, String source, Duration throttleWindow) {
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.source = source;
        this.throttle = throttleWindow.isZero() ? null : new AlertThrottle<>(throttleWindow, OpsAlerts::merge);
    }

    /** The service name alerts are raised as. */
    public String source() {
        return source;
    }

    /** Raises an alert about an escrow (or none) with a fixed text; see {@link Alert#of}. */
    public void raise(Severity severity, String kind, UUID escrowId, String detail) {
        raise(Alert.of(severity, kind, escrowId, detail));
    }

    /** Raises {@code alert} now, or counts it into the next alert of its kind and key if one went out lately. */
    public void raise(Alert alert) {
        Instant now = clock.instant();
        if (throttle == null) {
            send(new Burst<>(new Key(alert.kind(), alert.key()), 1, now, alert), now);
            return;
        }
        throttle.occurred(new Key(alert.kind(), alert.key()), alert, now)
                .ifPresentOrElse(
                        burst -> send(burst, now),
                        () -> log.debug(
                                "Admin alert {} ({}) held back: one went out less than {} ago",
                                alert.kind(),
                                alert.key(),
                                throttle.window()));
    }

    /**
     * Raises the alerts held back whose window has passed without a further occurrence, each in its own
     * transaction.
     *
     * @return how many alerts were raised
     */
    public int flush() {
        if (throttle == null) {
            return 0;
        }
        Instant now = clock.instant();
        int raised = 0;
        for (Burst<Key, Alert> burst : throttle.due(now)) {
            try {
                send(burst, now);
                raised++;
            } catch (RuntimeException e) {
                log.error(
                        "Could not raise {} alert ({} occurrence(s) since {}): {}",
                        burst.key().kind(),
                        burst.count(),
                        burst.since(),
                        e.toString());
            }
        }
        return raised;
    }

    private void send(Burst<Key, Alert> burst, Instant now) {
        Alert alert = burst.value();
        AdminAlert message = new AdminAlert(
                UUID.randomUUID(),
                alert.severity(),
                alert.kind(),
                alert.escrowId(),
                source,
                alert.detail().describe(burst.count(), burst.since()),
                now);
        if (burst.count() > 1) {
            log.info(
                    "Admin alert {} ({}) reports {} occurrences since {}; {} repeat(s) were held back",
                    alert.kind(),
                    alert.key(),
                    burst.count(),
                    burst.since(),
                    burst.count() - 1);
        }
        tx.executeWithoutResult(status -> {
            if (throttle != null) {
                TransactionSynchronizationManager.registerSynchronization(new TakeBackIfRolledBack(burst));
            }
            outbox.publish(message);
        });
    }

    /** A burst keeps the latest text, but never lowers the severity of what it reports. */
    private static Alert merge(Alert earlier, Alert later) {
        Severity severity = earlier.severity().compareTo(later.severity()) > 0 ? earlier.severity() : later.severity();
        return new Alert(severity, later.kind(), later.escrowId(), later.key(), later.detail());
    }

    private record Key(String kind, String key) {}

    private final class TakeBackIfRolledBack implements TransactionSynchronization {
        private final Burst<Key, Alert> burst;

        TakeBackIfRolledBack(Burst<Key, Alert> burst) {
            this.burst = burst;
        }

        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
                throttle.notSent(burst);
            }
        }
    }
}
