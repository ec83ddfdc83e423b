package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A collect whose create answer was lost, failed for it (Setu never confirmed it), and paid afterwards: the payment
 * is held if the escrow still awaits exactly that attempt, and refunded otherwise — never ignored. Short expiry and
 * grace, so the attempt is failed within seconds.
 */
@TestPropertySource(properties = {"payment.attempts.expiry=3s", "payment.attempts.grace=1s"})
class LostCollectIT extends PaymentServiceItSupport {

    @Test
    void aPaymentOnAFailedLostCollectIsHeldWhenTheEscrowStillAwaitsIt() {
        UUID escrow = UUID.randomUUID();
        lostCollect(escrow, 35_000);

        sandbox.payForced(collectId(escrow, 1), "success@okaxis", 35_000);

        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.attempt()).isEqualTo(1);
        assertThat(paid.amountPaise()).isEqualTo(35_000);
        settle();
        assertThat(published.messages(PaymentReturned.class, escrow)).isEmpty();
        assertThat(settledLedger(escrow).path("heldPaise").asLong()).isEqualTo(35_000);
    }

    @Test
    void aPaymentOnAFailedLostCollectIsRefundedOnceTheEscrowAsksForAnotherAttempt() {
        UUID escrow = UUID.randomUUID();
        lostCollect(escrow, 36_000);
        send(escrow, intent(escrow, 2, 36_000));
        awaitOne(PaymentRequested.class, escrow);

        sandbox.payForced(collectId(escrow, 1), "success@okaxis", 36_000);

        PaymentReturned returned = awaitOne(PaymentReturned.class, escrow);
        assertThat(returned.reasonCode()).isEqualTo("LATE_PAYMENT");
        assertThat(returned.attempt()).isEqualTo(1);
        await().atMost(WAIT).until(() -> alerts(escrow, "LATE_PAYMENT_REFUNDED") == 1);
        settle();
        assertThat(published.messages(PaymentSucceeded.class, escrow)).isEmpty();
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("heldPaise").asLong()).isZero();
        assertThat(l.path("excessCollectedPaise").asLong()).isEqualTo(36_000);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(36_000);
    }
}
