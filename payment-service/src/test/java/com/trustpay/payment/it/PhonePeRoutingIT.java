package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.payment.routing.domain.Health;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Routing with the real app, PostgreSQL, Kafka and the sandbox playing both Setu and PhonePe: while Setu's creates
 * and reads fail, its breaker opens and a new escrow's attempt goes to PhonePe, is paid there (the PhonePe callback
 * drives it) and refunded there; once Setu answers again the probes close its breaker and the next attempt is Setu's.
 */
class PhonePeRoutingIT extends RoutingItSupport {

    @Test
    void whileSetuIsDownANewEscrowIsCollectedAndRefundedThroughPhonePeAndSetuGetsTrafficBackWhenItRecovers() {
        sandbox.faults(SETU_DOWN);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send(first, intent(first, 1, 150_000));
        send(second, intent(second, 1, 150_000));
        await().atMost(WAIT).until(() -> providers.health("setu") == Health.DOWN);
        assertThat(row(first).get("provider")).isEqualTo("setu");
        assertThat(internal("/internal/routing"))
                .as("ops see it")
                .contains("\"order\":[\"setu\",\"phonepe\"]")
                .contains("\"setu\":\"DOWN\"")
                .contains("\"phonepe\":\"UP\"");

        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 150_000));
        PaymentRequested requested = awaitOne(PaymentRequested.class, escrow);

        Map<String, Object> attempt = row(escrow);
        assertThat(attempt.get("provider")).isEqualTo("phonepe");
        assertThat((String) attempt.get("route_reason")).contains("setu is down");
        assertThat(requested.intentLink()).startsWith("upi://pay?").contains("am=1500.00");
        String reference = (String) attempt.get("reference");

        sandbox.phonePePay(reference, "COMPLETED");
        PaymentSucceeded paid = awaitOne(PaymentSucceeded.class, escrow);
        assertThat(paid.amountPaise()).isEqualTo(150_000);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(count("kind = 'WEBHOOK' AND detail LIKE ?", escrow, "phonepe %"))
                        .as("the PhonePe callback reached the attempt")
                        .isPositive());

        send(escrow, new RefundPayment(escrow, 150_000, "cancelled", 1));
        RefundSucceeded refunded = awaitOne(RefundSucceeded.class, escrow);
        assertThat(refunded.amountPaise()).isEqualTo(150_000);
        assertThat(sandbox.get("/sandbox/phonepe/refunds?originalMerchantOrderId=" + reference))
                .as("refunded at PhonePe, where it was paid")
                .contains("\"amount\":150000");
        settledLedger(escrow);

        sandbox.noFaults();
        await().atMost(WAIT).until(() -> providers.health("setu") == Health.UP);
        UUID after = UUID.randomUUID();
        send(after, intent(after, 1, 150_000));
        awaitOne(PaymentRequested.class, after);
        assertThat(row(after).get("provider")).isEqualTo("setu");
        assertThat(row(after).get("route_reason")).isEqualTo("first in order");
    }

    private Map<String, Object> row(UUID escrow) {
        return await().atMost(WAIT)
                .until(
                        () -> jdbc.queryForList(
                                "SELECT provider, route_reason, reference FROM payment_attempt WHERE escrow_id = ?",
                                escrow),
                        rows -> rows.size() == 1)
                .getFirst();
    }
}
