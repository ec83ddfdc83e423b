package com.trustpay.payment.refund;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.payment.attempt.AttemptProperties;
import com.trustpay.payment.attempt.application.ExcessRefunds;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.ledger.domain.Reservation;
import com.trustpay.payment.ledger.domain.TransferCode;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.metrics.application.PaymentMeters.RefundOutcome;
import com.trustpay.payment.polling.PollingProperties;
import com.trustpay.payment.polling.application.DueWork;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.provider.setu.SetuProperties;
import com.trustpay.payment.refund.application.ExcessRefundsAdapter;
import com.trustpay.payment.refund.application.RefundEffects;
import com.trustpay.payment.refund.application.RefundLedger;
import com.trustpay.payment.refund.application.RefundPayments;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.payment.refund.persistence.RefundRepository;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires refunds and the ports {@link Refunds} decides through; a lost create answer is recovered on the payment
 * attempts' recovery settings.
 */
@Configuration(proxyBeanMethods = false)
class RefundConfiguration {

    /** Added to a provider call's worst case (4 × call-timeout) for the lease renewed before it. */
    private static final Duration CALL_LEASE_MARGIN = Duration.ofSeconds(5);

    @Bean
    RefundRepository refundRepository(JdbcTemplate jdbc) {
        return new RefundRepository(jdbc);
    }

    @Bean
    Refunds refunds(
            TransactionTemplate tx,
            ProcessedMessages processed,
            RefundRepository refunds,
            AttemptRepository attempts,
            CollectionProviders providers,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties attemptProps,
            SetuProperties setuProps,
            PollingProperties polling,
            RefundProperties refundProps,
            Ledger ledger,
            PaymentMeters meters) {
        return new Refunds(
                tx,
                refunds,
                new Payments(attempts, providers),
                new LedgerPostings(ledger),
                new Effects(processed, outbox, audit, meters),
                clock,
                new Refunds.Recovery(
                        attemptProps
                                .recoveryAfter()
                                .plus(setuProps.http().callTimeout().multipliedBy(4)),
                        attemptProps.recoveryAfter(),
                        attemptProps.maxCreateTries(),
                        setuProps.http().callTimeout().multipliedBy(4).plus(CALL_LEASE_MARGIN)),
                polling.schedule(),
                new Refunds.LateReads(refundProps.lateReadEvery(), refundProps.lateReadFor()));
    }

    /** Settlement's way to give back excess money (ADR 0012), through {@link Refunds}. */
    @Bean
    ExcessRefunds excessRefunds(Refunds refunds, RefundRepository refundRows) {
        return new ExcessRefundsAdapter(refunds, refundRows);
    }

    /** Due refunds, read from Setu (or recovered) each polling round, each under its own lease. */
    @Bean
    DueWork refundPolls(RefundRepository refundRows, Refunds refunds, Clock clock) {
        return (max, lease) ->
                refundRows.workDue(clock, lease, max, (id, token) -> refunds.refreshClaimed(id, token, "poll"));
    }

    private record Payments(AttemptRepository attempts, CollectionProviders providers) implements RefundPayments {

        @Override
        public Optional<AttemptRepository.Collected> collected(UUID escrowId) {
            return attempts.collected(escrowId);
        }

        @Override
        public String providerOf(String providerPaymentId) {
            return attempts.providerOfPayment(providerPaymentId);
        }

        @Override
        public UpiCollections collections(String providerPaymentId) {
            return providers.of(providerOf(providerPaymentId));
        }
    }

    private record LedgerPostings(Ledger ledger) implements RefundLedger {

        @Override
        public void lockHeld(UUID escrowId) {
            ledger.lockHeld(escrowId);
        }

        @Override
        public Reservation reserve(UUID escrowId, String reference, long amountPaise, Instant now) {
            return ledger.reserve(TransferCode.REFUND, escrowId, reference, amountPaise, now);
        }

        @Override
        public boolean reserveExcess(UUID escrowId, String reference, long amountPaise, Instant now) {
            return ledger.reserveExcessRefund(escrowId, reference, amountPaise, now);
        }

        @Override
        public boolean post(String reference, Instant now) {
            return ledger.post(TransferCode.REFUND, reference, now);
        }

        @Override
        public boolean voidPending(String reference, Instant now) {
            return ledger.voidPending(TransferCode.REFUND, reference, now);
        }

        @Override
        public boolean bookLate(UUID escrowId, String reference, long amountPaise, Instant now) {
            return ledger.recordUnreserved(TransferCode.REFUND, escrowId, reference, amountPaise, now);
        }

        @Override
        public void freeze(UUID escrowId, String reason, Instant now) {
            ledger.freeze(escrowId, reason, now);
        }
    }

    private record Effects(ProcessedMessages processed, Outbox outbox, AuditLog audit, PaymentMeters meters)
            implements RefundEffects {

        @Override
        public boolean firstDelivery(UUID eventId) {
            return processed.firstDelivery(eventId);
        }

        @Override
        public void publish(Message event) {
            outbox.publish(event);
        }

        @Override
        public void counted(String provider, RefundOutcome outcome) {
            meters.refund(provider, outcome);
        }

        @Override
        public void command(UUID escrowId, String subject, String detail) {
            audit.command(escrowId, subject, detail);
        }

        @Override
        public void providerCall(UUID escrowId, String subject, String summary) {
            audit.providerCall(escrowId, subject, summary);
        }

        @Override
        public void decision(UUID escrowId, String subject, String detail) {
            audit.decision(escrowId, subject, detail);
        }

        @Override
        public void failure(UUID escrowId, String subject, String detail) {
            audit.failure(escrowId, subject, detail);
        }

        @Override
        public void alert(Severity severity, String kind, UUID escrowId, String subject, String detail) {
            audit.alert(severity, kind, escrowId, subject, detail);
        }
    }
}
