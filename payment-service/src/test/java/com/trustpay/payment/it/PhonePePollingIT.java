package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A PhonePe collect left pending by the payer, whose callbacks are all lost: the status-check schedule (PROVIDERS.md
 * §2.7, compressed here) reads the order until the payer approves, and the payment is held. PhonePe alone takes
 * attempts in this context.
 */
@TestPropertySource(properties = "payment.routing.order=phonepe")
class PhonePePollingIT extends RoutingItSupport {

    @Test
    void aPendingCollectIsSettledByTheStatusCheckScheduleWhenNoCallbackArrives() {
        sandbox.faults("{\"webhooks\":{\"dropRate\":1.0}}");
        UUID escrow = UUID.randomUUID();
        send(escrow, new RequestPayment(escrow, 1, 45_000, "pending@ybl", "Meera", PaymentMode.COLLECT, "Sofa"));
        awaitOne(PaymentRequested.class, escrow);
        String reference = PaymentAttempt.referenceFor(escrow, 1);
        assertThat(jdbc.queryForObject(
                        "SELECT provider FROM payment_attempt WHERE escrow_id = ?", String.class, escrow))
                .isEqualTo("phonepe");

        sandbox.phonePePay(reference, "COMPLETED");

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.amountPaise()).isEqualTo(45_000);
        assertThat(count("detail LIKE ?", escrow, "poll: phonepe GET %"))
                .as("found by polling")
                .isPositive();
        assertThat(count("kind = 'WEBHOOK' AND detail LIKE ?", escrow, "%"))
                .as("no callback arrived")
                .isZero();
        assertThat(settledLedger(escrow).path("heldPaise").asLong()).isEqualTo(45_000);
    }
}
