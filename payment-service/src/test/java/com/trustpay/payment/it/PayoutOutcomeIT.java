package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.ledger.domain.TransferCode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What a payout's provider answers can and cannot prove: a re-send answered 4xx proves nothing about the first
 * send; a re-send is the first send's bytes; a payout processed after we recorded it FAILED is an incident.
 */
class PayoutOutcomeIT extends PaymentServiceItSupport {

    private static final String FIRST_SEND_TIMES_OUT =
            "{\"timeoutMs\":1800,\"endpoints\":{\"POST /v1/payouts\":{\"timeoutRate\":1.0}}}";

    @Autowired
    Ledger ledger;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aResendAnsweredWithA4xxStaysUnknownUntilAReadByReferenceSettlesIt() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        sandbox.faults(FIRST_SEND_TIMES_OUT);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /v1/payouts") >= 1);

        // RazorpayX's answer to "same key, different body"; here to a re-send of the very same bytes
        sandbox.faults("{\"endpoints\":{\"POST /v1/payouts\":{\"errorRate\":1.0,\"errorStatus\":400}}}");

        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);
        assertThat(count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%POST /v1/payouts -> 400%"))
                .as("the re-send was answered 400")
                .isGreaterThanOrEqualTo(1);
        assertThat(count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%GET /v1/payouts?reference_id=%"))
                .as("settled by a read by reference")
                .isGreaterThanOrEqualTo(1);
        settle();
        assertThat(published.messages(PayoutFailed.class, escrow)).isEmpty();
        assertThat(published.messages(PayoutRetryScheduled.class, escrow)).isEmpty();
        assertThat(count("kind = 'FAILURE' AND detail LIKE ?", escrow, "attempt 1 failed%"))
                .isZero();
        assertThat(sandbox.get("/sandbox/payouts")).contains("\"" + paid.payoutReference() + "\":1");
        assertThat(settledLedger(escrow).path("paidOutPaise").asLong()).isEqualTo(120_000);
    }

    @Test
    void aResendAnsweredConflictOrTimeoutIsNeverAFailureAndIsSentAgainUntilSettled() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        sandbox.faults(FIRST_SEND_TIMES_OUT);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /v1/payouts") >= 1);
        sandbox.faults("{\"endpoints\":{\"POST /v1/payouts\":{\"errorRate\":1.0,\"errorStatus\":409}}}");
        await().atMost(WAIT)
                .until(() ->
                        count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%POST /v1/payouts -> 409%") >= 2);
        assertThat(jdbc.queryForObject("SELECT status FROM payout WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("CREATING");
        sandbox.faults("{\"endpoints\":{\"POST /v1/payouts\":{\"errorRate\":1.0,\"errorStatus\":408}}}");
        await().atMost(WAIT)
                .until(() ->
                        count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%POST /v1/payouts -> 408%") >= 1);
        sandbox.noFaults();

        awaitOne(PayoutSucceeded.class, escrow);

        settle();
        assertThat(published.messages(PayoutFailed.class, escrow)).isEmpty();
        assertThat(published.messages(PayoutRetryScheduled.class, escrow)).isEmpty();
        assertThat(settledLedger(escrow).path("paidOutPaise").asLong()).isEqualTo(120_000);
    }

    @Test
    void aResendIsTheFirstSendByteForByteEvenIfThePayoutRowChangedMeanwhile() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        sandbox.faults(FIRST_SEND_TIMES_OUT);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /v1/payouts") >= 1);
        // whatever rebuilds the body from the row now (a renamed payee, a new narration) would send other bytes
        jdbc.update("UPDATE payout SET payee_name = 'Asha K' WHERE escrow_id = ?", escrow);
        sandbox.noFaults();

        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);

        assertThat(paid.amountPaise()).isEqualTo(120_000);
        settle();
        assertThat(published.messages(PayoutFailed.class, escrow)).isEmpty();
        assertThat(count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "%POST /v1/payouts -> 400%"))
                .as("never refused as same key, different body")
                .isZero();
        assertThat(sandbox.get("/sandbox/payouts")).contains("\"" + paid.payoutReference() + "\":1");
    }

    @Test
    void aPayoutProcessedAfterWeRecordedItFailedIsAnIncidentThatBlocksRetryReleaseAndRefund() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "slow@okicici", "Asha"));
        String reference = awaitOne(PayoutInitiated.class, escrow).payoutReference();
        // as an earlier version did on a re-send answered 4xx: the row says FAILED, the provider still pays
        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE payout SET status = 'FAILED', next_poll_at = NULL WHERE escrow_id = ?", escrow);
            jdbc.update("UPDATE payout_series SET status = 'FAILED' WHERE escrow_id = ?", escrow);
            ledger.voidPending(TransferCode.PAYOUT, reference, Instant.now());
        });

        await().atMost(Duration.ofSeconds(40)).until(() -> alerts(escrow, "PAYOUT_PROCESSED_AFTER_FAILURE") == 1);

        assertThat(jdbc.queryForObject("SELECT status FROM payout WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("INCIDENT");
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("paidOutPaise").asLong()).isEqualTo(120_000);
        assertThat(l.path("heldPaise").asLong()).isZero();
        send(escrow, new ReleaseFunds(escrow, 2, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") == 1);
        send(escrow, new RefundPayment(escrow, 120_000, "payee says unpaid"));
        assertThat(awaitOne(RefundFailed.class, escrow).reasonCode()).isEqualTo("ESCROW_FROZEN");
        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
        assertThat(published.messages(PayoutSucceeded.class, escrow)).isEmpty();
    }

    @Test
    void aSecondPayoutProcessedForOneEscrowIsAnIncidentNotAFailure() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 240_000);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "slow@okicici", "Asha"));
        String first = awaitOne(PayoutInitiated.class, escrow).payoutReference();
        // as if round 1 had been given up on while its payout was still with the provider
        jdbc.update("UPDATE payout_series SET status = 'FAILED' WHERE escrow_id = ? AND round = 1", escrow);
        send(escrow, new ReleaseFunds(escrow, 2, 120_000, "success@okicici", "Asha"));
        awaitOne(PayoutSucceeded.class, escrow);

        await().atMost(Duration.ofSeconds(40)).until(() -> alerts(escrow, "DOUBLE_PAYOUT") == 1);

        assertThat(jdbc.queryForObject("SELECT status FROM payout WHERE reference = ?", String.class, first))
                .isEqualTo("INCIDENT");
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("paidOutPaise").asLong()).isEqualTo(240_000);
        assertThat(l.path("heldPaise").asLong()).isZero();
        send(escrow, new RefundPayment(escrow, 1_000, "anything left?"));
        assertThat(awaitOne(RefundFailed.class, escrow).reasonCode()).isEqualTo("ESCROW_FROZEN");
        assertThat(published.messages(PayoutFailed.class, escrow)).isEmpty();
    }
}
