package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.ledger.domain.TransferCode;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.refund.application.Refunds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The double-entry ledger: a payout plus refunds never exceed what was collected, whatever the commands say and
 * however they race; every transfer balances; a repeated event posts nothing twice; the database itself refuses an
 * overdraft.
 */
class LedgerIT extends PaymentServiceItSupport {

    @Autowired
    Payouts payouts;

    @Autowired
    Refunds refunds;

    @Autowired
    Ledger ledger;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aPaidOutEscrowCannotAlsoBeRefunded() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        send(escrow, new ReleaseFunds(escrow, 1, 100_000, "success@okicici", "Asha"));
        awaitOne(PayoutSucceeded.class, escrow);

        send(escrow, new RefundPayment(escrow, 100_000, "cancelled after all"));

        RefundFailed refused = awaitOne(RefundFailed.class, escrow);
        assertThat(refused.reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        settle();
        assertThat(published.messages(RefundSucceeded.class, escrow)).isEmpty();
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("collectedPaise").asLong()).isEqualTo(100_000);
        assertThat(l.path("paidOutPaise").asLong()).isEqualTo(100_000);
        assertThat(l.path("refundedPaise").asLong()).isZero();
        assertThat(l.path("heldPaise").asLong()).isZero();
    }

    @Test
    void aRefundedEscrowCannotAlsoBePaidOut() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        send(escrow, new RefundPayment(escrow, 60_000, "part"));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);

        send(escrow, new ReleaseFunds(escrow, 1, 100_000, "success@okicici", "Asha"));

        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") == 1);
        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).isEmpty();
        assertThat(providerCalls(escrow, "POST /v1/payouts")).isZero();
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(60_000);
        assertThat(l.path("paidOutPaise").asLong()).isZero();
        assertThat(l.path("heldPaise").asLong()).isEqualTo(40_000);
    }

    @Test
    void aReleaseForAnEscrowNeverCollectedIsRefusedWithAnAlert() {
        UUID escrow = UUID.randomUUID();

        send(escrow, new ReleaseFunds(escrow, 1, 100_000, "success@okicici", "Asha"));

        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") == 1);
        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).isEmpty();
        assertThat(providerCalls(escrow, "POST /v1/payouts")).isZero();
        assertThat(sandbox.get("/sandbox/payouts")).doesNotContain(escrowHex(escrow));
        assertThat(jdbc.queryForObject("SELECT status FROM payout_series WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("REFUSED");
    }

    @Test
    void aRefundForAnEscrowNeverCollectedIsRefusedWithAnAlert() {
        UUID escrow = UUID.randomUUID();

        send(escrow, new RefundPayment(escrow, 10_000, "nothing there"));

        assertThat(awaitOne(RefundFailed.class, escrow).reasonCode()).isEqualTo("NOT_COLLECTED");
        await().atMost(WAIT).until(() -> alerts(escrow, "REFUND_FAILED") == 1);
    }

    @Test
    void twoRefundsThatTogetherExceedTheCollectedAmountCannotBothGoThrough() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);

        send(escrow, new RefundPayment(escrow, 70_000, "first", 1));
        send(escrow, new RefundPayment(escrow, 70_000, "second", 2));

        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        assertThat(awaitOne(RefundFailed.class, escrow).reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(70_000);
        assertThat(l.path("heldPaise").asLong()).isEqualTo(30_000);
    }

    @Test
    void aDuplicateRefundPaymentRefundsOnceAndPostsOnce() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        byte[] command = codec.encode(codec.wrap(new RefundPayment(escrow, 100_000, "cancelled")));

        send(escrow, command);
        send(escrow, command);
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        send(escrow, new RefundPayment(escrow, 100_000, "cancelled (sent again)", 2));

        assertThat(awaitOne(RefundFailed.class, escrow).reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        settle();
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
        assertThat(providerCalls(escrow, "POST /refunds")).isEqualTo(1);
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(100_000);
        List<String> flags = new ArrayList<>();
        l.path("transfers")
                .forEach(t -> flags.add(
                        t.path("code").asString() + " " + t.path("flag").asString()));
        assertThat(flags).containsExactly("CAPTURE POSTED", "REFUND PENDING", "REFUND POST_PENDING");
    }

    @Test
    void concurrentReleasesAndRefundsOfOneEscrowNeverTakeMoreThanWasCollected() throws Exception {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        sandbox.faults("{\"endpoints\":{\"POST /api/v1/merchants/refunds\":{\"latencyMs\":300},"
                + "\"POST /v1/payouts\":{\"latencyMs\":300}}}");
        CountDownLatch go = new CountDownLatch(1);
        List<Runnable> commands = List.of(
                () -> payouts.release(UUID.randomUUID(), new ReleaseFunds(escrow, 1, 100_000, "slow@okicici", "A")),
                () -> payouts.release(UUID.randomUUID(), new ReleaseFunds(escrow, 2, 100_000, "slow@okicici", "A")),
                () -> refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 100_000, "one", 1)),
                () -> refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 60_000, "two", 2)),
                () -> refunds.refund(UUID.randomUUID(), new RefundPayment(escrow, 50_000, "three", 3)));
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(commands.size())) {
            for (Runnable command : commands) {
                runs.add(CompletableFuture.runAsync(
                        () -> {
                            try {
                                go.await();
                                command.run();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            } catch (DataAccessException lostRace) {
                                // a command that lost a race on a unique key is redelivered by Kafka in real life
                            }
                        },
                        pool));
            }
            go.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        }

        JsonNode l = ledger(escrow);
        long reserved = l.path("pendingPaise").asLong()
                + l.path("paidOutPaise").asLong()
                + l.path("refundedPaise").asLong();
        assertThat(reserved).isLessThanOrEqualTo(100_000);
        assertThat(l.path("balanced").asBoolean()).isTrue();
        Integer live = jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM payout WHERE escrow_id = ?) + (SELECT count(*) FROM refund"
                        + " WHERE escrow_id = ? AND status <> 'FAILED')",
                Integer.class,
                escrow,
                escrow);
        Long asked = jdbc.queryForObject(
                "SELECT COALESCE((SELECT sum(amount_paise) FROM payout WHERE escrow_id = ?), 0)"
                        + " + COALESCE((SELECT sum(amount_paise) FROM refund WHERE escrow_id = ? AND status <> 'FAILED'),"
                        + " 0)",
                Long.class,
                escrow,
                escrow);
        assertThat(live).isPositive();
        assertThat(asked).isLessThanOrEqualTo(100_000L);
    }

    @Test
    void theDatabaseRefusesAnOverdraftAZeroTransferAndAnyChangeToATransfer() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        String held = escrow + ":HELD";
        String paidOut = escrow + ":PAID_OUT";
        String insert = "INSERT INTO ledger_transfer (id, escrow_id, debit_account_id, credit_account_id,"
                + " amount_paise, code, flag, reference, created_at) VALUES (?, ?, ?, ?, ?, 'PAYOUT', 'PENDING', 'x',"
                + " now())";

        assertThatThrownBy(() -> jdbc.update(insert, "payout:over", escrow, held, paidOut, 100_001L))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("debits_within_credits");
        assertThatThrownBy(() -> jdbc.update(insert, "payout:zero", escrow, held, paidOut, 0L))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update(insert, "payout:all", escrow, held, paidOut, 100_000L);
        assertThatThrownBy(() -> jdbc.update(insert, "payout:one-more", escrow, held, paidOut, 1L))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE ledger_transfer SET amount_paise = 1 WHERE id = 'payout:all'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE ledger_account SET credits_posted = 0 WHERE id = ?", held))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        jdbc.update("UPDATE ledger_account SET credits_posted = credits_posted + 1 WHERE id = ?", held))
                .as("balances change only through transfers")
                .isInstanceOf(DataIntegrityViolationException.class);

        Boolean posted = tx.execute(s -> ledger.post(TransferCode.PAYOUT, "all", Instant.now()));
        Boolean postedAgain = tx.execute(s -> ledger.post(TransferCode.PAYOUT, "all", Instant.now()));
        Boolean voided = tx.execute(s -> ledger.voidPending(TransferCode.PAYOUT, "all", Instant.now()));
        assertThat(posted).isTrue();
        assertThat(postedAgain).as("a duplicate post is a no-op").isFalse();
        assertThat(voided).as("a posted transfer cannot be voided").isFalse();
        JsonNode l = ledger(escrow);
        assertThat(l.path("balanced").asBoolean()).isTrue();
        assertThat(l.path("paidOutPaise").asLong()).isEqualTo(100_000);
        assertThat(l.path("heldPaise").asLong()).isZero();
    }

    private static String escrowHex(UUID escrow) {
        return escrow.toString().replace("-", "").substring(0, 24);
    }
}
