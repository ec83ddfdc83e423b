package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Money that is not the escrow's to hold (ADR 0012): a payment on a withdrawn QR, a second payment after another
 * attempt was paid, a wrong amount. Each is reported (an alert and PaymentReturned), captured into the escrow's
 * EXCESS account — never HELD — and refunded automatically, exactly once; the escrow's own refunds stay untouched.
 */
class ExcessMoneyIT extends PaymentServiceItSupport {

    @Test
    void aPaymentOnAWithdrawnQrIsReportedAndRefundedAutomatically() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 40_000));
        awaitOne(PaymentRequested.class, escrow);
        send(escrow, new CancelPaymentRequest(escrow, 1, "payer chose another way"));
        await().atMost(WAIT).until(() -> "CANCELLED".equals(status(escrow, 1)));

        sandbox.payForced(instanceOf(escrow, 1), "success@okhdfc", 40_000);

        PaymentReturned returned = awaitOne(PaymentReturned.class, escrow);
        assertThat(returned.reasonCode()).isEqualTo("LATE_PAYMENT");
        assertThat(returned.amountPaise()).isEqualTo(40_000);
        await().atMost(WAIT).until(() -> alerts(escrow, "LATE_PAYMENT_REFUNDED") == 1);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(excessRefundStatus(escrow)));
        settle();
        assertThat(published.messages(PaymentSucceeded.class, escrow)).isEmpty();
        assertThat(published.messages(RefundInitiated.class, escrow)).isEmpty();
        assertThat(published.messages(RefundSucceeded.class, escrow)).isEmpty();
        assertThat(published.messages(PaymentReturned.class, escrow)).hasSize(1);
        assertThat(status(escrow, 1)).isEqualTo("CANCELLED");
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("collectedPaise").asLong()).isZero();
        assertThat(l.path("heldPaise").asLong()).isZero();
        assertThat(l.path("excessCollectedPaise").asLong()).isEqualTo(40_000);
        assertThat(l.path("excessPaise").asLong()).isZero();
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(40_000);
        assertThat(providerCalls(escrow, "POST /refunds")).isEqualTo(1);
    }

    @Test
    void aPaidAttemptWithdrawsTheOtherAndASecondPaymentIsRefundedAutomatically() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 50_000));
        send(escrow, intent(escrow, 2, 50_000));
        await().atMost(WAIT)
                .until(() -> published.messages(PaymentRequested.class, escrow).size() == 2);

        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 50_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.attempt()).isEqualTo(1);
        await().atMost(WAIT).until(() -> "CANCELLED".equals(status(escrow, 2)));
        assertThat(providerCalls(escrow, "/expire")).isPositive();

        sandbox.payForced(instanceOf(escrow, 2), "success@okhdfc", 50_000);

        PaymentReturned returned = awaitOne(PaymentReturned.class, escrow);
        assertThat(returned.reasonCode()).isEqualTo("DUPLICATE_PAYMENT");
        assertThat(returned.attempt()).isEqualTo(2);
        await().atMost(WAIT).until(() -> alerts(escrow, "DUPLICATE_PAYMENT_REFUNDED") == 1);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(excessRefundStatus(escrow)));
        settle();
        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
        assertThat(published.messages(RefundSucceeded.class, escrow)).isEmpty();
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("collectedPaise").asLong()).isEqualTo(50_000);
        assertThat(l.path("heldPaise").asLong())
                .as("the second payment never counts as held")
                .isEqualTo(50_000);
        assertThat(l.path("excessCollectedPaise").asLong()).isEqualTo(50_000);
        assertThat(l.path("excessPaise").asLong()).isZero();
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(50_000);
    }

    @Test
    void aWrongAmountIsRefundedAutomaticallyAndThePayerCanPayAgain() {
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 60_000));
        awaitOne(PaymentRequested.class, escrow);

        sandbox.payForced(instanceOf(escrow, 1), "success@okhdfc", 59_000);

        PaymentFailed failed = awaitOne(PaymentFailed.class, escrow);
        assertThat(failed.reasonCode()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(awaitOne(PaymentReturned.class, escrow).reasonCode()).isEqualTo("AMOUNT_MISMATCH");
        await().atMost(WAIT).until(() -> alerts(escrow, "AMOUNT_MISMATCH_REFUNDED") == 1);
        await().atMost(WAIT).until(() -> "SUCCEEDED".equals(excessRefundStatus(escrow)));
        assertThat(published.messages(PaymentSucceeded.class, escrow)).isEmpty();
        assertThat(settledLedger(escrow).path("heldPaise").asLong()).isZero();

        send(escrow, intent(escrow, 2, 60_000));
        await().atMost(WAIT)
                .until(() -> published.messages(PaymentRequested.class, escrow).size() == 2);
        sandbox.pay(instanceOf(escrow, 2), "success@okhdfc", 60_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.attempt()).isEqualTo(2);
        settle();
        assertThat(published.messages(PaymentReturned.class, escrow)).hasSize(1);
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("heldPaise").asLong()).isEqualTo(60_000);
        assertThat(l.path("excessCollectedPaise").asLong()).isEqualTo(59_000);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(59_000);
    }

    String status(UUID escrow, int attempt) {
        return jdbc.queryForObject(
                "SELECT status FROM payment_attempt WHERE escrow_id = ? AND attempt = ?",
                String.class,
                escrow,
                attempt);
    }

    String excessRefundStatus(UUID escrow) {
        return jdbc
                .queryForList(
                        "SELECT status FROM refund WHERE escrow_id = ? AND purpose = 'EXCESS'", String.class, escrow)
                .stream()
                .findFirst()
                .orElse(null);
    }
}
