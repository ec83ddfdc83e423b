package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payment attempts, payouts and refunds end to end against the sandbox. */
class PaymentServiceIT extends PaymentServiceItSupport {

    @Test
    void intentPaymentIsRequestedOnceAndSucceedsWhenThePayerPays() {
        UUID escrow = UUID.randomUUID();
        byte[] command = codec.encode(codec.wrap(intent(escrow, 1, 150_000)));

        send(escrow, command);
        send(escrow, command);
        send(escrow, intent(escrow, 1, 150_000));

        PaymentRequested requested = awaitOne(PaymentRequested.class, escrow);
        assertThat(requested.intentLink()).startsWith("upi://pay?");
        assertThat(requested.qrPngBase64()).isNotBlank();
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 150_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.amountPaise()).isEqualTo(150_000);
        assertThat(paid.paymentReference()).isEqualTo(requested.paymentReference());
        assertThat(providerCalls(escrow, "POST /dqr")).isEqualTo(1);
        settle();
        assertThat(published.messages(PaymentRequested.class, escrow)).hasSize(1);
        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
        assertThat(internal("/internal/escrows/" + escrow + "/audit")).contains("PaymentSucceeded");
        assertThat(internal("/internal/transactions?from=" + Instant.now().minusSeconds(600) + "&to="
                        + Instant.now().plusSeconds(60)))
                .contains(paid.paymentReference())
                .contains("\"providerStatus\":\"success\"");
    }

    @Test
    void aDeclinedPaymentFailsWithTheNpciCode() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 20_000));
        awaitOne(PaymentRequested.class, escrow);

        sandbox.pay(instanceOf(escrow, 1), "fail@okhdfc", 20_000);

        PaymentFailed failed = awaitOne(PaymentFailed.class, escrow);
        assertThat(failed.reasonCode()).isEqualTo("U30");
    }

    @Test
    void aDynamicQrPaidOnARetryAfterAFailedTryIsSettledSucceededEvenWithoutWebhooks() {
        sandbox.faults("{\"endpoints\":{\"PUT /api/v1/merchants/dqr/{id}/expire\":{\"errorRate\":1.0}},"
                + "\"webhooks\":{\"dropRate\":1.0}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 50_000));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "fail@okhdfc", 50_000);
        awaitOne(PaymentFailed.class, escrow);
        await().atMost(WAIT).until(() -> count("detail LIKE ?", escrow, "close link after failed payment%") >= 1);

        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 50_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.amountPaise()).isEqualTo(50_000);
        await().atMost(WAIT).until(() -> alerts(escrow, "LATE_PAYMENT") == 1);
        settle();
        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM payment_attempt WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "SELECT collected_paise FROM escrow_ledger WHERE escrow_id = ?", Long.class, escrow))
                .isEqualTo(50_000L);
    }

    @Test
    void anUnpaidRequestExpires() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 20_000));

        PaymentExpired expired = awaitOne(PaymentExpired.class, escrow);

        assertThat(expired.attempt()).isEqualTo(1);
        assertThat(published.messages(PaymentSucceeded.class, escrow)).isEmpty();
    }

    @Test
    void aCollectWhoseWebhooksAreAllDroppedIsSettledByPolling() {
        sandbox.faults("{\"webhooks\":{\"dropRate\":1.0}}");
        UUID escrow = UUID.randomUUID();

        send(escrow, new RequestPayment(escrow, 1, 30_000, "success@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));

        assertThat(awaitOne(PaymentRequested.class, escrow).collectId()).isNotBlank();
        assertThat(awaitOne(PaymentSucceeded.class, escrow).payerVpa()).isEqualTo("success@okaxis");
        assertThat(webhooksSeen(escrow)).isZero();
    }

    @Test
    void duplicatedAndReorderedWebhooksChangeNothingTwice() {
        sandbox.faults("{\"webhooks\":{\"duplicateRate\":1.0,\"reorderRate\":0.5,\"reorderDelayMs\":150}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, new RequestPayment(escrow, 1, 30_000, "success@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));

        awaitOne(PaymentSucceeded.class, escrow);
        await().atMost(WAIT).until(() -> webhooksSeen(escrow) >= 4);
        settle();

        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
    }

    @Test
    void aPayoutSucceedsOnceEvenWhenItsAnswerIsLost() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        sandbox.faults("{\"timeoutMs\":1800,\"endpoints\":{\"POST /v1/payouts\":{\"timeoutRate\":1.0}}}");
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /v1/payouts") >= 1);
        sandbox.noFaults();

        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);

        assertThat(paid.amountPaise()).isEqualTo(120_000);
        assertThat(sandbox.get("/sandbox/payouts")).contains("\"" + paid.payoutReference() + "\":1");
        assertThat(providerCalls(escrow, "POST /v1/payouts")).isGreaterThanOrEqualTo(2);
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
        assertThat(settledLedger(escrow).path("paidOutPaise").asLong()).isEqualTo(120_000);
    }

    @Test
    void aPayoutThatKeepsFailingIsRetriedWithNewKeysThenFailsForGood() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "fail@okicici", "Asha"));

        PayoutFailed failed = awaitOne(PayoutFailed.class, escrow);

        assertThat(failed.attempts()).isEqualTo(3);
        List<PayoutRetryScheduled> retries = published.messages(PayoutRetryScheduled.class, escrow);
        assertThat(retries).extracting(PayoutRetryScheduled::failedAttempt).containsExactly(1, 2);
        assertThat(published.messages(PayoutInitiated.class, escrow))
                .extracting(PayoutInitiated::payoutReference)
                .doesNotHaveDuplicates()
                .hasSize(3);
        await().atMost(WAIT).until(() -> alerts(escrow, "PAYOUT_FAILED") == 1);
        var ledger = settledLedger(escrow);
        assertThat(ledger.path("heldPaise").asLong())
                .as("every attempt's reservation voided")
                .isEqualTo(120_000);
        assertThat(ledger.path("paidOutPaise").asLong()).isZero();
    }

    @Test
    void aPayoutReversedAfterSuccessIsPublishedPutsTheMoneyBackInHeldAndRaisesACriticalAlertInsteadOfPayingAgain() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "reverse@okicici", "Asha"));

        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);
        PayoutReversed reversed = awaitOne(PayoutReversed.class, escrow);

        assertThat(reversed.payoutReference()).isEqualTo(paid.payoutReference());
        assertThat(reversed.providerPayoutId()).isEqualTo(paid.providerPayoutId());
        assertThat(reversed.amountPaise()).isEqualTo(120_000);
        assertThat(reversed.reason()).isEqualTo("Payout was reversed by the beneficiary bank");
        await().atMost(WAIT).until(() -> alerts(escrow, "PAYOUT_REVERSED") == 1);
        var ledger = settledLedger(escrow);
        assertThat(ledger.path("heldPaise").asLong())
                .as("the money is back in HELD")
                .isEqualTo(120_000);
        assertThat(ledger.path("paidOutPaise").asLong()).isZero();
        assertThat(ledger.toString()).contains("payout-reversal:" + paid.payoutReference());
        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
        assertThat(published.messages(PayoutReversed.class, escrow)).hasSize(1);
    }

    @Test
    void afterAReversalOnlyTheAdminsDecisionNamingTheReversedPayoutStartsAnotherPayoutAndOnlyOnce() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "reverse@okicici", "Asha"));
        String reversed = awaitOne(PayoutReversed.class, escrow).payoutReference();

        send(escrow, new ReleaseFunds(escrow, 2, 120_000, "success@okicici", "Asha"));
        await().atMost(WAIT).until(() -> refusals(escrow, "REVERSAL_UNDECIDED") == 1);
        send(escrow, new ReleaseFunds(escrow, 3, 120_000, "success@okicici", "Asha", "PO-not-a-reversed-payout"));
        await().atMost(WAIT).until(() -> refusals(escrow, "REVERSAL_UNDECIDED") == 2);
        // ops told (repeats throttled); the alert reaches ops.alerts through the outbox, after the audit row
        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") > 0);
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);

        send(escrow, new ReleaseFunds(escrow, 4, 120_000, "success@okicici", "Asha", reversed));
        await().atMost(WAIT)
                .until(() -> published.messages(PayoutSucceeded.class, escrow).size() == 2);
        send(escrow, new ReleaseFunds(escrow, 5, 120_000, "success@okicici", "Asha", reversed));
        await().atMost(WAIT).until(() -> refusals(escrow, "succeeded") == 1);

        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(2);
        var ledger = settledLedger(escrow);
        assertThat(ledger.path("paidOutPaise").asLong()).isEqualTo(120_000);
        assertThat(ledger.path("heldPaise").asLong()).isZero();
    }

    @Test
    void aReleaseNamingAReversalForAnEscrowWithoutOneIsRefused() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);

        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha", "PO-made-up-1-1"));

        await().atMost(WAIT).until(() -> refusals(escrow, "REVERSAL_UNKNOWN") == 1);
        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") == 1);
        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).isEmpty();
        assertThat(settledLedger(escrow).path("heldPaise").asLong()).isEqualTo(120_000);
    }

    /** Refused releases of the escrow whose reason contains {@code what}, as the audit log records each one. */
    int refusals(UUID escrow, String what) {
        return count("kind = 'ALERT' AND detail LIKE ?", escrow, "RELEASE_REFUSED%" + what + "%");
    }

    @Test
    void aPayoutThatNeverFinishesIsReportedOnceAndKeptPolled() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 120_000);
        sandbox.faults(
                "{\"endpoints\":{\"GET /v1/payouts/{id}\":{\"errorRate\":1.0}}," + "\"webhooks\":{\"dropRate\":1.0}}");
        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "slow@okicici", "Asha"));
        awaitOne(PayoutInitiated.class, escrow);

        await().atMost(WAIT).until(() -> alerts(escrow, "PAYOUT_STUCK") == 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);

        assertThat(alerts(escrow, "PAYOUT_STUCK")).isEqualTo(1);
        assertThat(published.messages(PayoutSucceeded.class, escrow)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT next_poll_at IS NOT NULL FROM payout WHERE escrow_id = ?", Boolean.class, escrow))
                .isTrue();
    }

    @Test
    void refundsArePartialOrFullButNeverMoreThanCollected() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 100_000));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 100_000);
        awaitOne(PaymentSucceeded.class, escrow);

        send(escrow, new RefundPayment(escrow, 40_000, "partly cancelled", 1));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        send(escrow, new RefundPayment(escrow, 70_000, "too much", 2));
        RefundFailed refused = awaitOne(RefundFailed.class, escrow);
        send(escrow, new RefundPayment(escrow, 60_000, "the rest", 3));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 2);

        assertThat(refused.reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        assertThat(published.messages(RefundSucceeded.class, escrow))
                .extracting(RefundSucceeded::amountPaise)
                .containsExactly(40_000L, 60_000L);
    }

    @Test
    void aRefundWhoseAnswerWasLostIsNeverSentAgainUnlessSetuConfirmsItHasNone() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 100_000));
        awaitOne(PaymentRequested.class, escrow);
        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 100_000);
        awaitOne(PaymentSucceeded.class, escrow);
        // the payment.success webhook's re-read records the txnId too: forget it only after that re-read
        await().atMost(WAIT)
                .until(() ->
                        count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "webhook payment.success%") >= 1);
        jdbc.update("UPDATE payment_attempt SET provider_txn_id = NULL WHERE escrow_id = ?", escrow);
        sandbox.faults("{\"timeoutMs\":1800,\"endpoints\":{"
                + "\"POST /api/v1/merchants/refunds\":{\"timeoutRate\":1.0},"
                + "\"GET /api/v1/merchants/payments/{id}\":{\"errorRate\":1.0}}}");

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));

        await().atMost(Duration.ofSeconds(40)).until(() -> alerts(escrow, "REFUND_UNCONFIRMED") == 1);
        await().atMost(WAIT).until(() -> "UNKNOWN"
                .equals(jdbc.queryForObject("SELECT status FROM refund WHERE escrow_id = ?", String.class, escrow)));
        sandbox.noFaults();
        await().atMost(Duration.ofSeconds(40))
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        await().atMost(WAIT).until(() -> providerCalls(escrow, "POST /refunds") >= 1);
        settle();
        assertThat(providerCalls(escrow, "POST /refunds")).isEqualTo(1);
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
        assertThat(alerts(escrow, "REFUND_UNCONFIRMED")).isEqualTo(1);
    }
}
