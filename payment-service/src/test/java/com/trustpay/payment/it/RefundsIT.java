package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.payment.refund.application.Refunds;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Refunds against the sandbox: never FAILED while Setu might still have one (ADR 0013). */
class RefundsIT extends PaymentServiceItSupport {

    @Autowired
    Refunds refunds;

    private static final String REFUND_CREATE = "POST /api/v1/merchants/refunds";

    @Test
    void aCreateAnswered401IsUnknownNotFailedAndIsSettledOnceSetuAnswers() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(401);

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));

        await().atMost(WAIT).until(() -> "UNKNOWN".equals(refundStatus(escrow)));
        sandbox.noFaults();
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        settle();
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
        assertThat(refundStatus(escrow)).isEqualTo("SUCCEEDED");
        assertThat(settledLedger(escrow).path("accounts").toString()).contains("REFUNDED");
    }

    @Test
    void aReSendAnswered400StaysUnknownAndIsLookedUpBeforeItIsSentAgain() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(500);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));
        await().atMost(WAIT).until(() -> "UNKNOWN".equals(refundStatus(escrow)));

        refuseCreates(400);
        await().atMost(WAIT).until(() -> createTries(escrow) >= 2);

        assertThat(refundStatus(escrow)).isEqualTo("UNKNOWN");
        sandbox.noFaults();
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        settle();
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
        assertThat(count("kind = 'DECISION' AND detail LIKE ?", escrow, "recovery: no refund of ours%"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCreateRefusedWith400OnTheFirstSendFailsAtOnce() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(400);

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));

        RefundFailed failed = awaitOne(RefundFailed.class, escrow);
        assertThat(failed.amountPaise()).isEqualTo(40_000);
        assertThat(refundStatus(escrow)).isEqualTo("FAILED");
        assertThat(providerCalls(escrow, "POST /refunds")).isEqualTo(1);
        assertThat(settledLedger(escrow).path("pendingPaise").asLong()).isZero();
    }

    @Test
    void aWebhookHintOnARefundLeasedByAPollNeitherReadsNorSendsItNorDoesAnotherPoll() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(500);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));
        await().atMost(WAIT).until(() -> "UNKNOWN".equals(refundStatus(escrow)));
        await().atMost(WAIT).until(() -> holdLease(escrow));
        sandbox.noFaults();
        int calls = count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%");

        refunds.refresh(refundId(escrow), "webhook refund.pending");
        settle();

        assertThat(count(
                        "kind = 'DECISION' AND detail LIKE ?",
                        escrow,
                        "webhook refund.pending: refund is being worked%"))
                .isEqualTo(1);
        assertThat(count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%"))
                .isEqualTo(calls);
        assertThat(createdAtSandbox(escrow)).isZero();
        assertThat(refundStatus(escrow)).isEqualTo("UNKNOWN");

        jdbc.update("UPDATE refund SET leased_until = NULL, lease_token = NULL WHERE escrow_id = ?", escrow);
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        assertThat(createdAtSandbox(escrow)).isEqualTo(1);
    }

    @Test
    void webhookHintsRacingThePollerSendALostRefundOnlyOnce() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(500);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));
        await().atMost(WAIT).until(() -> "UNKNOWN".equals(refundStatus(escrow)));
        await().atMost(WAIT).until(() -> holdLease(escrow));
        // Each look-up takes 700 ms: without leases every hint (and the poll) would look, find none and send.
        sandbox.faults("{\"endpoints\":{\"GET /api/v1/merchants/refunds/{txnId}/payment\":{\"latencyMs\":700}}}");
        UUID id = refundId(escrow);

        jdbc.update("UPDATE refund SET leased_until = NULL, lease_token = NULL, next_poll_at = now() WHERE id = ?", id);
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<Void>> hints = IntStream.range(0, 4)
                    .mapToObj(i ->
                            CompletableFuture.runAsync(() -> refunds.refresh(id, "webhook refund.pending"), threads))
                    .toList();
            hints.forEach(CompletableFuture::join);
        }

        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        settle();
        assertThat(createdAtSandbox(escrow)).isEqualTo(1);
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
    }

    @Test
    void theSameNumberedCommandPublishedAgainUnderANewEventIdIsNoSecondRefund() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        RefundPayment command = new RefundPayment(escrow, 40_000, "cancelled", 1);

        send(escrow, command);
        send(escrow, command);
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        send(escrow, command);

        await().atMost(WAIT)
                .until(() -> count("kind = 'DECISION' AND detail LIKE ?", escrow, "refund 1 already recorded%") == 2);
        settle();
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
        assertThat(refunds(escrow)).isEqualTo(1);
        assertThat(createdAtSandbox(escrow)).isEqualTo(1);
        assertThat(settledLedger(escrow).path("refundedPaise").asLong()).isEqualTo(40_000);
    }

    @Test
    void aNumberAlreadyRecordedForAnotherAmountIsACriticalAlertAndNoRefund() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled", 1));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);

        send(escrow, new RefundPayment(escrow, 50_000, "cancelled", 1));

        await().atMost(WAIT).until(() -> alerts(escrow, "REFUND_NUMBER_CONFLICT") == 1);
        settle();
        assertThat(refunds(escrow)).isEqualTo(1);
        assertThat(createdAtSandbox(escrow)).isEqualTo(1);
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
    }

    @Test
    void aCommandWithoutANumberActsOnlyWhileTheEscrowHasNoRefundUnderWayOrSucceeded() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(400);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));
        awaitOne(RefundFailed.class, escrow);
        sandbox.noFaults();

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled, retried"));
        RefundSucceeded succeeded = awaitOne(RefundSucceeded.class, escrow);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled, retried"));

        await().atMost(WAIT)
                .until(() -> count("kind = 'DECISION' AND detail LIKE ?", escrow, "%without a refund number%") == 1);
        settle();
        assertThat(succeeded.refundReference()).endsWith("-2");
        assertThat(refunds(escrow)).isEqualTo(2);
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
        assertThat(settledLedger(escrow).path("refundedPaise").asLong()).isEqualTo(40_000);
    }

    @Test
    void aFailedRefundCreditedLateIsBookedAsALateTransferAndReportedSucceeded() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        sandbox.failNextRefunds(1);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled", 1));
        awaitOne(RefundFailed.class, escrow);
        assertThat(settledLedger(escrow).path("refundedPaise").asLong()).isZero();

        sandbox.creditLate(providerRefundId(escrow, 1));

        RefundSucceeded late = awaitOne(RefundSucceeded.class, escrow);
        assertThat(late.amountPaise()).isEqualTo(40_000);
        assertThat(refundStatus(escrow)).isEqualTo("SUCCEEDED");
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(40_000);
        assertThat(l.path("heldPaise").asLong()).isEqualTo(60_000);
        assertThat(l.path("transfers").toString()).contains("refund:" + late.refundReference() + "/late");
        settle();
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
    }

    @Test
    void aLateSuccessThatWouldOverdrawHeldIsACriticalAlertAndTheRefundStaysFailed() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        sandbox.failNextRefunds(1);
        send(escrow, new RefundPayment(escrow, 100_000, "cancelled", 1));
        awaitOne(RefundFailed.class, escrow);
        send(escrow, new RefundPayment(escrow, 100_000, "refund retried by an admin", 2));
        awaitOne(RefundSucceeded.class, escrow);

        sandbox.creditLate(providerRefundId(escrow, 1));

        await().atMost(WAIT).until(() -> alerts(escrow, "LATE_REFUND_OVERDRAWS") == 1);
        settle();
        assertThat(jdbc.queryForObject("SELECT status FROM refund WHERE escrow_id = ? AND n = 1", String.class, escrow))
                .isEqualTo("FAILED");
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
        assertThat(alerts(escrow, "LATE_REFUND_OVERDRAWS")).isEqualTo(1);
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(100_000);
        assertThat(l.path("heldPaise").asLong()).isZero();
        send(escrow, new RefundPayment(escrow, 1_000, "anything left?", 3));
        assertThat(published.await(RefundFailed.class, escrow, 2).get(1).reasonCode())
                .isEqualTo("ESCROW_FROZEN");
    }

    String providerRefundId(UUID escrow, int n) {
        return jdbc.queryForObject(
                "SELECT provider_refund_id FROM refund WHERE escrow_id = ? AND n = ?", String.class, escrow, n);
    }

    int refunds(UUID escrow) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM refund WHERE escrow_id = ?", Integer.class, escrow);
        return n == null ? 0 : n;
    }

    /** Claims the refund's row as another holder would, for ten minutes, if no one holds it now. */
    boolean holdLease(UUID escrow) {
        return jdbc.update(
                        "UPDATE refund SET leased_until = now() + interval '10 minutes', lease_token = ?"
                                + " WHERE escrow_id = ? AND (leased_until IS NULL OR leased_until <= now())",
                        UUID.randomUUID(),
                        escrow)
                == 1;
    }

    UUID refundId(UUID escrow) {
        return jdbc.queryForObject("SELECT id FROM refund WHERE escrow_id = ?", UUID.class, escrow);
    }

    /** How many refunds with this escrow's refund reference the sandbox holds ({@code GET /sandbox/refunds}). */
    long createdAtSandbox(UUID escrow) {
        String reference =
                jdbc.queryForObject("SELECT reference FROM refund WHERE escrow_id = ?", String.class, escrow);
        JsonNode all =
                WireJson.mapper().readTree(sandbox.get("/sandbox/refunds")).path("refunds");
        return all.valueStream()
                .filter(r -> reference.equals(r.path("referenceId").asString()))
                .count();
    }

    void refuseCreates(int status) {
        sandbox.faults(
                "{\"endpoints\":{\"" + REFUND_CREATE + "\":{\"errorRate\":1.0,\"errorStatus\":" + status + "}}}");
    }

    String refundStatus(UUID escrow) {
        return jdbc.queryForObject("SELECT status FROM refund WHERE escrow_id = ?", String.class, escrow);
    }

    int createTries(UUID escrow) {
        Integer n = jdbc.queryForObject("SELECT create_tries FROM refund WHERE escrow_id = ?", Integer.class, escrow);
        return n == null ? 0 : n;
    }
}
