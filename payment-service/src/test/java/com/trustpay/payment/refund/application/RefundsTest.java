package com.trustpay.payment.refund.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.payment.attempt.persistence.AttemptRepository.Collected;
import com.trustpay.payment.polling.domain.PollSchedule;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.domain.RefundStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Refunds}' decisions with in-memory rows, ledger, effects and provider: no Spring context, no database. */
class RefundsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration LATE_EVERY = Duration.ofMinutes(30);
    private static final Duration LATE_FOR = Duration.ofDays(3);

    private final UUID escrow = UUID.randomUUID();
    private final InMemoryRefundRows rows = new InMemoryRefundRows();
    private final InMemoryRefundLedger ledger = new InMemoryRefundLedger().collected(100_000);
    private final RecordingRefundEffects effects = new RecordingRefundEffects();
    private final ScriptedCollections setu = new ScriptedCollections();
    private final Refunds refunds = new Refunds(
            noTransactions(),
            rows,
            new Payments(),
            ledger,
            effects,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new Refunds.Recovery(Duration.ofSeconds(45), Duration.ofSeconds(30), 3, Duration.ofSeconds(65)),
            PollSchedule.DEFAULT,
            new Refunds.LateReads(LATE_EVERY, LATE_FOR));

    @Test
    void aNumberedCommandIsSentToSetuAndReportedInitiated() {
        refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 40_000, "cancelled", 1));

        assertThat(setu.creates).singleElement().satisfies(spec -> {
            assertThat(spec.reference()).isEqualTo(Refund.referenceFor(escrow, 1));
            assertThat(spec.amountPaise()).isEqualTo(40_000);
        });
        assertThat(rows.only().status).isEqualTo(RefundStatus.PENDING);
        assertThat(rows.only().leaseToken).as("lease released").isNull();
        assertThat(effects.published(RefundInitiated.class)).hasSize(1);
        assertThat(ledger.pending).containsEntry(Refund.referenceFor(escrow, 1), 40_000L);
    }

    @Test
    void theSameNumberUnderANewEventIdIsNoSecondRefund() {
        RefundPayment command = new RefundPayment(escrow, 40_000, "cancelled", 1);

        refunds.refund(UUID.randomUUID(), command);
        refunds.refund(UUID.randomUUID(), command);

        assertThat(setu.creates).hasSize(1);
        assertThat(rows.rows).hasSize(1);
        assertThat(effects.audited("DECISION", "refund 1 already recorded")).isTrue();
        assertThat(effects.alerts).isEmpty();
    }

    @Test
    void theSameEventDeliveredAgainIsIgnored() {
        UUID event = UUID.randomUUID();

        refunds.refund(event, new RefundPayment(escrow, 40_000, "cancelled", 1));
        refunds.refund(event, new RefundPayment(escrow, 40_000, "cancelled", 1));

        assertThat(setu.creates).hasSize(1);
        assertThat(effects.audit.stream().filter(e -> e.kind().equals("COMMAND")))
                .hasSize(1);
    }

    @Test
    void theSameNumberForAnotherAmountIsACriticalConflictAndNoRefund() {
        refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 40_000, "cancelled", 1));

        refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 50_000, "cancelled", 1));

        assertThat(effects.alerts("REFUND_NUMBER_CONFLICT"))
                .singleElement()
                .extracting(RecordingRefundEffects.Alert::severity)
                .isEqualTo(Severity.CRITICAL);
        assertThat(setu.creates).hasSize(1);
        assertThat(rows.rows).hasSize(1);
        assertThat(ledger.pending).containsOnlyKeys(Refund.referenceFor(escrow, 1));
        assertThat(effects.published(RefundFailed.class)).isEmpty();
    }

    @Test
    void aRefundExceedingWhatIsHeldIsRefusedWithoutCallingSetu() {
        refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 70_000, "cancelled", 1));

        refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 40_000, "cancelled again", 2));

        RefundFailed refused = effects.published(RefundFailed.class).getFirst();
        assertThat(refused.reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        assertThat(refused.refundReference()).isEqualTo(Refund.referenceFor(escrow, 2));
        assertThat(setu.creates).hasSize(1);
        assertThat(rows.rows).hasSize(1);
        assertThat(effects.alerts("REFUND_FAILED")).hasSize(1);
    }

    @Test
    void aRefundSetuFailsIsReadBackLaterForABoundedTime() {
        Refund r = pending(40_000);
        setu.refunds.put("rf-1", ScriptedCollections.refund("rf-1", r.reference(), 40_000, "failed"));

        poll(r.id());

        assertThat(rows.row(r.id()).status).isEqualTo(RefundStatus.FAILED);
        assertThat(rows.row(r.id()).nextPollAt).isEqualTo(NOW.plus(LATE_EVERY));
        assertThat(rows.row(r.id()).lateReadsUntil).isEqualTo(NOW.plus(LATE_FOR));
        assertThat(ledger.pending).isEmpty();
        assertThat(effects.published(RefundFailed.class)).hasSize(1);
    }

    @Test
    void aLateSuccessIsBookedOnceAndReportedSucceeded() {
        Refund r = failed(40_000);
        setu.refunds.put("rf-1", ScriptedCollections.refund("rf-1", r.reference(), 40_000, "success"));

        poll(r.id());
        poll(r.id());
        refunds.refresh(r.id(), "webhook refund.successful");

        assertThat(ledger.booked).containsExactly(r.reference() + "/late");
        assertThat(ledger.heldPaise).isEqualTo(60_000);
        assertThat(rows.row(r.id()).status).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(rows.row(r.id()).nextPollAt).isNull();
        assertThat(effects.published(RefundSucceeded.class)).hasSize(1);
        assertThat(setu.calls).containsExactly("read rf-1");
    }

    @Test
    void aLateSuccessThatWouldOverdrawHeldFreezesTheEscrowAndAlertsOnce() {
        Refund r = failed(100_000);
        ledger.heldPaise = 0;
        setu.refunds.put("rf-1", ScriptedCollections.refund("rf-1", r.reference(), 100_000, "success"));

        poll(r.id());
        refunds.refresh(r.id(), "webhook refund.successful");

        assertThat(effects.alerts("LATE_REFUND_OVERDRAWS"))
                .singleElement()
                .extracting(RecordingRefundEffects.Alert::severity)
                .isEqualTo(Severity.CRITICAL);
        assertThat(ledger.frozen).startsWith("LATE_REFUND_OVERDRAWS");
        assertThat(ledger.booked).isEmpty();
        assertThat(rows.row(r.id()).status).isEqualTo(RefundStatus.FAILED);
        assertThat(rows.row(r.id()).nextPollAt).as("no more late reads").isNull();
        assertThat(effects.published(RefundSucceeded.class)).isEmpty();
    }

    @Test
    void aFailedRefundStillFailedAtSetuIsReadAgainUntilTheBoundOnly() {
        Refund r = failed(40_000);
        setu.refunds.put("rf-1", ScriptedCollections.refund("rf-1", r.reference(), 40_000, "failed"));
        rows.row(r.id()).lateReadsUntil = NOW.plus(Duration.ofMinutes(10));

        poll(r.id());
        assertThat(rows.row(r.id()).nextPollAt).as("at the bound at the latest").isEqualTo(NOW.plusSeconds(600));

        rows.row(r.id()).lateReadsUntil = NOW;
        poll(r.id());
        assertThat(rows.row(r.id()).nextPollAt).isNull();
        assertThat(effects.published).isEmpty();
    }

    @Test
    void aPollWhoseLeaseWasLostCallsNoOne() {
        Refund r = pending(40_000);
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        rows.claim(r.id(), mine, NOW.minusSeconds(1), NOW.minusSeconds(70));
        rows.claim(r.id(), theirs, NOW.plusSeconds(60), NOW);

        refunds.refreshClaimed(r.id(), mine, "poll");

        assertThat(setu.calls).isEmpty();
        assertThat(effects.audited("DECISION", "lease lost before read")).isTrue();
        assertThat(rows.row(r.id()).leaseToken).as("the other holder keeps it").isEqualTo(theirs);
    }

    @Test
    void aHintOnARowLeasedElsewhereCallsNoOne() {
        Refund r = pending(40_000);
        rows.claim(r.id(), UUID.randomUUID(), NOW.plusSeconds(60), NOW);

        refunds.refresh(r.id(), "webhook refund.pending");

        assertThat(setu.calls).isEmpty();
        assertThat(effects.audited("DECISION", "webhook refund.pending: refund is being worked elsewhere"))
                .isTrue();
    }

    /** A poll's work on the row, claimed as {@code RefundRepository#workDue} claims it. */
    private void poll(UUID id) {
        UUID token = UUID.randomUUID();
        assertThat(rows.claim(id, token, NOW.plusSeconds(60), NOW)).isTrue();
        refunds.refreshClaimed(id, token, "poll");
    }

    /** Refund 1 of the escrow, accepted by Setu as {@code rf-1}, its transfer pending. */
    private Refund pending(long amountPaise) {
        Refund r = Refund.create(escrow, 1, amountPaise, "cancelled", "pay-1", "txn-1", NOW.minusSeconds(300));
        InMemoryRefundRows.Row row = rows.add(r, false, NOW);
        row.status = RefundStatus.PENDING;
        row.providerRefundId = "rf-1";
        row.createTries = 1;
        ledger.pending.put(r.reference(), amountPaise);
        return r;
    }

    /** Refund 1 of the escrow, reported failed by Setu as {@code rf-1} (transfer voided), read back late until 3 days. */
    private Refund failed(long amountPaise) {
        Refund r = pending(amountPaise);
        ledger.pending.remove(r.reference());
        InMemoryRefundRows.Row row = rows.row(r.id());
        row.status = RefundStatus.FAILED;
        row.nextPollAt = NOW;
        row.lateReadsUntil = NOW.plus(LATE_FOR);
        return r;
    }

    private final class Payments implements RefundPayments {

        @Override
        public Optional<Collected> collected(UUID escrowId) {
            return Optional.of(new Collected("pay-1", "txn-1", 100_000));
        }

        @Override
        public String providerOf(String providerPaymentId) {
            return "setu";
        }

        @Override
        public UpiCollections collections(String providerPaymentId) {
            return setu;
        }
    }

    /** Runs each transaction's work at once: the fakes have nothing to commit or roll back. */
    private static TransactionTemplate noTransactions() {
        return new TransactionTemplate(new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {}

            @Override
            public void rollback(TransactionStatus status) {}
        });
    }
}
