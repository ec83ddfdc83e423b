package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code trustpay.payments.pending.oldest.age} from the database: 0 without an open attempt, growing while a
 * request waits for its payer, 0 again once it is paid. Requests live 30 minutes here (36 s at the sandbox's ×50),
 * so the one waiting stays open while the gauge (read at most every 5 s) catches up.
 */
@TestPropertySource(properties = "payment.attempts.expiry=30m")
class PaymentPendingAgeIT extends PaymentServiceItSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void theOldestPendingAgeGrowsWhileARequestWaitsAndFallsToZeroWhenItIsPaid() {
        await().atMost(WAIT).until(() -> age() == 0);
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 30_000));
        awaitOne(PaymentRequested.class, escrow);

        await().atMost(WAIT).until(() -> age() > 0);

        sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 30_000);
        awaitOne(PaymentSucceeded.class, escrow);
        await().atMost(WAIT).until(() -> age() == 0);
        assertThat(age()).isZero();
    }

    private double age() {
        return PaymentMetersIT.gauge(
                PaymentMetersIT.scrape(managementPort), "trustpay_payments_pending_oldest_age_seconds", "setu");
    }
}
