package com.trustpay.payment.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.payment.metrics.application.PaymentMeters.PaymentOutcome;
import com.trustpay.payment.metrics.application.PaymentMeters.PayoutOutcome;
import com.trustpay.payment.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class PaymentMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void everyCounterIsRegisteredAtZeroPerProviderAndOutcome() {
        new PaymentMeters(registry, "setu", "razorpayx");

        for (String outcome : new String[] {"succeeded", "failed", "expired"}) {
            assertThat(registry.get("trustpay.payments")
                            .tag("provider", "setu")
                            .tag("outcome", outcome)
                            .counter()
                            .count())
                    .isZero();
        }
        for (String outcome : new String[] {"succeeded", "failed"}) {
            assertThat(registry.get("trustpay.payouts")
                            .tag("provider", "razorpayx")
                            .tag("outcome", outcome)
                            .counter()
                            .count())
                    .isZero();
        }
    }

    @Test
    void paymentsAndRefundsAreCountedPerCollectionProviderEachRegisteredAtZero() {
        PaymentMeters meters = new PaymentMeters(registry, java.util.List.of("setu", "phonepe"), "razorpayx");

        meters.payment("phonepe", PaymentOutcome.SUCCEEDED);
        meters.refund("phonepe", PaymentMeters.RefundOutcome.FAILED);
        meters.refund("setu", PaymentMeters.RefundOutcome.SUCCEEDED);

        assertThat(registry.get("trustpay.payments")
                        .tag("provider", "phonepe")
                        .tag("outcome", "succeeded")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("trustpay.payments")
                        .tag("provider", "setu")
                        .tag("outcome", "succeeded")
                        .counter()
                        .count())
                .isZero();
        assertThat(registry.get("trustpay.refunds")
                        .tag("provider", "phonepe")
                        .tag("outcome", "failed")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("trustpay.refunds")
                        .tag("provider", "setu")
                        .tag("outcome", "succeeded")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("trustpay.refunds")
                        .tag("provider", "setu")
                        .tag("outcome", "failed")
                        .counter()
                        .count())
                .as("registered at 0, so a first failure is an increase")
                .isZero();
    }

    @Test
    void anOutcomeIsCountedWhenItsTransactionCommitsAndNeverWhenItRollsBack() {
        PaymentMeters meters = new PaymentMeters(registry, "setu", "razorpayx");

        TransactionSynchronizationManager.initSynchronization();
        try {
            meters.payment("setu", PaymentOutcome.SUCCEEDED);
            meters.payout(PayoutOutcome.FAILED);
            assertThat(count("trustpay.payments", "succeeded")).isZero();
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.initSynchronization();
        try {
            meters.payment("setu", PaymentOutcome.SUCCEEDED);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(count("trustpay.payments", "succeeded")).isEqualTo(1);
        assertThat(count("trustpay.payouts", "failed")).isEqualTo(1);
        assertThat(count("trustpay.payouts", "succeeded")).isZero();
    }

    @Test
    void thePendingAgeIsTheOldestOpenAttemptsAgeInSecondsAndZeroWithoutOne() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
        AtomicReference<Optional<Instant>> oldest =
                new AtomicReference<>(Optional.of(Instant.parse("2026-01-10T09:58:30Z")));
        PaymentMeters.pendingAge("setu", oldest::get, clock).bindTo(registry);

        assertThat(registry.get("trustpay.payments.pending.oldest.age")
                        .tag("provider", "setu")
                        .gauge()
                        .value())
                .isEqualTo(90.0);
        assertThat(registry.get("trustpay.payments.pending.oldest.age")
                        .gauge()
                        .getId()
                        .getBaseUnit())
                .isEqualTo("seconds");
    }

    @Test
    void withoutAnOpenAttemptTheAgeIsZero() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
        PaymentMeters.pendingAge("setu", Optional::empty, clock).bindTo(registry);
        clock.advance(Duration.ofMinutes(5));

        assertThat(registry.get("trustpay.payments.pending.oldest.age").gauge().value())
                .isZero();
    }

    private double count(String name, String outcome) {
        return registry.get(name).tag("outcome", outcome).counter().count();
    }
}
