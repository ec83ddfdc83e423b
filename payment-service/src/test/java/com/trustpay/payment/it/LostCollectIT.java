package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import java.util.ArrayList;
import java.util.List;
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

    /** A collect whose create times out and whose webhooks are lost: failed PROVIDER_UNAVAILABLE after expiry. */
    private void lostCollect(UUID escrow, long amount) {
        sandbox.faults("{\"timeoutMs\":2500,\"endpoints\":{\"POST /api/v1/merchants/collect\":{\"timeoutRate\":1.0}},"
                + "\"webhooks\":{\"dropRate\":1.0}}");
        send(escrow, new RequestPayment(escrow, 1, amount, "pending@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));
        PaymentFailed failed = awaitOne(PaymentFailed.class, escrow);
        assertThat(failed.reasonCode()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(instanceOf(escrow, 1)).isNull();
        sandbox.noFaults();
    }

    /** The sandbox's collect for the attempt, found by our reference among its payments. */
    private String collectId(UUID escrow, int attempt) {
        String reference = PaymentAttempt.referenceFor(escrow, attempt);
        List<String> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            JsonNode all = WireJson.mapper().readTree(sandbox.get("/sandbox/payments"));
            all.forEach(list -> list.forEach(p -> {
                if (reference.equals(p.path("referenceId").asString())) {
                    found.add(p.path("productInstanceId").asString());
                }
            }));
            return !found.isEmpty();
        });
        return found.getFirst();
    }
}
