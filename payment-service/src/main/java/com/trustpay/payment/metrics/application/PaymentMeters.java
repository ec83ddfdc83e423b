package com.trustpay.payment.metrics.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * payment-service's business meters, named as the alert rules read them (deploy/README, "Metrics the alerts read"):
 *
 * <ul>
 *   <li>{@code trustpay.payments} ({@code provider}, {@code outcome} = succeeded | failed | expired): one per
 *       PaymentSucceeded / PaymentFailed / PaymentExpired published;
 *   <li>{@code trustpay.payouts} ({@code provider}, {@code outcome} = succeeded | failed): one per PayoutSucceeded
 *       and per final PayoutFailed (a retried attempt is no failure);
 *   <li>{@code trustpay.refunds} ({@code provider}, {@code outcome} = succeeded | failed): one per refund the
 *       provider settled (an escrow's refund or the return of excess money);
 *   <li>{@code trustpay.payments.pending.oldest.age} ({@code provider}, seconds): age of the oldest attempt still
 *       open (its request pending at the provider or its outcome unknown), 0 when none, read from the database at
 *       most every 5 s, so every replica reports the same.
 * </ul>
 *
 * Every counter is registered at 0 at start, so a first failure is an increase the rules see. A count is made when
 * the transaction that published the event commits: a rolled-back publish was never sent and is not counted.
 */
public class PaymentMeters {

    static final String PAYMENTS = "trustpay.payments";
    static final String PAYOUTS = "trustpay.payouts";
    static final String REFUNDS = "trustpay.refunds";
    static final String PENDING_AGE = "trustpay.payments.pending.oldest.age";
    private static final Duration READ_EVERY = Duration.ofSeconds(5);

    /** An outcome of a payment attempt as the {@code outcome} tag spells it. */
    public enum PaymentOutcome {
        SUCCEEDED,
        FAILED,
        EXPIRED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An outcome of a payout series: its success, or its final failure. */
    public enum PayoutOutcome {
        SUCCEEDED,
        FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A refund's end at the provider. */
    public enum RefundOutcome {
        SUCCEEDED,
        FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Map<PayoutOutcome, Counter> payouts = new EnumMap<>(PayoutOutcome.class);

    /** With one collection provider. */
    public PaymentMeters(MeterRegistry registry, String collections, String payoutProvider) {
        this(registry, List.of(collections), payoutProvider);
    }

    /**
     * @param collections the collection providers' names ({@code setu}, {@code phonepe}), the {@code provider} tag
     *     of payments and refunds, each registered at 0
     * @param payoutProvider the payout provider's name ({@code razorpayx})
     */
    public PaymentMeters(MeterRegistry registry, List<String> collections, String payoutProvider) {
        this.registry = registry;
        for (String provider : collections) {
            for (PaymentOutcome outcome : PaymentOutcome.values()) {
                paymentCounter(provider, outcome);
            }
            for (RefundOutcome outcome : RefundOutcome.values()) {
                refundCounter(provider, outcome);
            }
        }
        for (PayoutOutcome outcome : PayoutOutcome.values()) {
            payouts.put(
                    outcome,
                    Counter.builder(PAYOUTS)
                            .description("Payouts that succeeded or failed for good")
                            .tag("provider", payoutProvider)
                            .tag("outcome", outcome.tag())
                            .register(registry));
        }
    }

    /**
     * The {@code trustpay.payments.pending.oldest.age} gauge of {@code provider}.
     *
     * @param oldestOpenAttempt when the oldest open attempt was created, if any (a database read)
     */
    public static MeterBinder pendingAge(String provider, Supplier<Optional<Instant>> oldestOpenAttempt, Clock clock) {
        PendingAge age = new PendingAge(oldestOpenAttempt, clock);
        return registry -> Gauge.builder(PENDING_AGE, age, PendingAge::seconds)
                .description("Age of the oldest payment attempt still pending or unknown, 0 when none")
                .baseUnit("seconds")
                .tag("provider", provider)
                .register(registry);
    }

    /** Counts the attempt's outcome at its provider once the current transaction (which publishes it) commits. */
    public void payment(String provider, PaymentOutcome outcome) {
        afterCommit(paymentCounter(provider, outcome));
    }

    /** Counts a refund the provider settled once the current transaction commits. */
    public void refund(String provider, RefundOutcome outcome) {
        afterCommit(refundCounter(provider, outcome));
    }

    private Counter paymentCounter(String provider, PaymentOutcome outcome) {
        return Counter.builder(PAYMENTS)
                .description("Payment attempts settled, by outcome")
                .tag("provider", provider)
                .tag("outcome", outcome.tag())
                .register(registry);
    }

    private Counter refundCounter(String provider, RefundOutcome outcome) {
        return Counter.builder(REFUNDS)
                .description("Refunds the provider settled, by outcome")
                .tag("provider", provider)
                .tag("outcome", outcome.tag())
                .register(registry);
    }

    /** Counts a PayoutSucceeded or a final PayoutFailed once the current transaction commits. */
    public void payout(PayoutOutcome outcome) {
        afterCommit(payouts.get(outcome));
    }

    private static void afterCommit(Counter counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    /** The gauge's value, read from the database at most every {@link #READ_EVERY} (as platform's outbox lag). */
    static final class PendingAge {
        private final Supplier<Optional<Instant>> oldest;
        private final Clock clock;
        private volatile long readAt;
        private volatile double seconds;

        PendingAge(Supplier<Optional<Instant>> oldest, Clock clock) {
            this.oldest = oldest;
            this.clock = clock;
        }

        double seconds() {
            long now = System.nanoTime();
            if (readAt == 0 || now - readAt > READ_EVERY.toNanos()) {
                try {
                    seconds = oldest.get()
                            .map(created -> Math.max(
                                            0,
                                            Duration.between(created, clock.instant())
                                                    .toMillis())
                                    / 1000.0)
                            .orElse(0.0);
                } catch (RuntimeException e) {
                    // the database is down: keep the last value (the health check and other alerts say why)
                }
                readAt = now;
            }
            return seconds;
        }
    }
}
