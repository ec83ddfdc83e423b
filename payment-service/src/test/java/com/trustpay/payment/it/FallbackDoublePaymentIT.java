package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.routing.domain.Health;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's worst case for "never two live ways to pay": a Setu collect whose create answer was lost is failed,
 * the payer's retry goes to PhonePe (Setu is down) and is paid there — and then the payer also approves the lost
 * Setu collect. Exactly one payment is kept (PhonePe's, attempt 2), the Setu one is refunded automatically at Setu
 * with an alert, and the ledger balances. Short expiry and grace, so the lost collect is failed within seconds.
 */
@TestPropertySource(properties = {"payment.attempts.expiry=3s", "payment.attempts.grace=1s"})
class FallbackDoublePaymentIT extends RoutingItSupport {

    @Test
    void aLostSetuCollectPaidAfterThePhonePeRetryWasPaidIsRefundedAtSetuAndOnlyOnePaymentIsKept() {
        UUID escrow = UUID.randomUUID();
        lostCollect(escrow, 36_000);

        sandbox.faults(SETU_DOWN);
        for (int i = 0; i < 2; i++) {
            UUID other = UUID.randomUUID();
            send(other, intent(other, 1, 10_000));
        }
        await().atMost(WAIT).until(() -> providers.health("setu") == Health.DOWN);

        send(escrow, intent(escrow, 2, 36_000));
        awaitOne(PaymentRequested.class, escrow);
        String retry = jdbc.queryForObject(
                "SELECT provider FROM payment_attempt WHERE escrow_id = ? AND attempt = 2", String.class, escrow);
        assertThat(retry).isEqualTo("phonepe");
        sandbox.phonePePay(PaymentAttempt.referenceFor(escrow, 2), "COMPLETED");
        PaymentSucceeded kept = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(kept.attempt()).isEqualTo(2);

        sandbox.noFaults();
        sandbox.payForced(collectId(escrow, 1), "success@okaxis", 36_000);

        PaymentReturned returned = awaitOne(PaymentReturned.class, escrow);
        assertThat(returned.attempt()).isEqualTo(1);
        assertThat(returned.amountPaise()).isEqualTo(36_000);
        await().atMost(WAIT)
                .until(() ->
                        alerts(escrow, "LATE_PAYMENT_REFUNDED") + alerts(escrow, "DUPLICATE_PAYMENT_REFUNDED") == 1);
        settle();
        assertThat(published.messages(PaymentSucceeded.class, escrow)).hasSize(1);
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("collectedPaise").asLong()).isEqualTo(36_000);
        assertThat(l.path("heldPaise").asLong())
                .as("only the kept payment is held")
                .isEqualTo(36_000);
        assertThat(l.path("excessCollectedPaise").asLong()).isEqualTo(36_000);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(36_000);
        assertThat(providerCalls(escrow, "POST /refunds"))
                .as("refunded at Setu, where it was paid")
                .isEqualTo(1);
        assertThat(sandbox.get(
                        "/sandbox/phonepe/refunds?originalMerchantOrderId=" + PaymentAttempt.referenceFor(escrow, 2)))
                .as("the kept PhonePe payment is not refunded")
                .doesNotContain("\"amount\"");
    }
}
