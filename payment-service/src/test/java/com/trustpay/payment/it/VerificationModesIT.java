package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Verification modes per provider (issue 17, seed 002), with Setu configured one way or the other: POLLING ignores
 * webhooks and payer checks about open attempts yet finds the payment by polling; WEBHOOK does not poll before the
 * expiry and the webhook settles the payment. (The read at expiry, which every mode keeps, is not shown here: the
 * sandbox's 50x clock expires a Dynamic QR long before ours.)
 */
class VerificationModesIT {

    @Nested
    @TestPropertySource(properties = "payment.routing.verification.setu=POLLING")
    class PollingOnly extends PaymentServiceItSupport {

        @Test
        void theWebhookAndThePayersCheckAreNotUsedAndPollingFindsThePayment() {
            UUID escrow = UUID.randomUUID();
            send(escrow, intent(escrow, 1, 21_000));
            awaitOne(PaymentRequested.class, escrow);
            send(escrow, new CheckPaymentStatus(escrow, 1));
            await().atMost(WAIT).until(() -> count("detail LIKE ?", escrow, "payer check not used%") == 1);

            sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 21_000);

            assertThat(awaitOne(PaymentSucceeded.class, escrow).amountPaise()).isEqualTo(21_000);
            assertThat(count("detail LIKE ?", escrow, "poll: %")).isPositive();
            await().atMost(WAIT).until(() -> count("detail LIKE ?", escrow, "webhook not used%") >= 1);
        }
    }

    @Nested
    @TestPropertySource(properties = "payment.routing.verification.setu=WEBHOOK")
    class WebhookOnly extends PaymentServiceItSupport {

        @Test
        void theWebhookSettlesThePaymentAndNothingIsPolledBeforeExpiry() {
            UUID escrow = UUID.randomUUID();
            send(escrow, intent(escrow, 1, 22_000));
            awaitOne(PaymentRequested.class, escrow);
            sandbox.pay(instanceOf(escrow, 1), "success@okhdfc", 22_000);

            assertThat(awaitOne(PaymentSucceeded.class, escrow).amountPaise()).isEqualTo(22_000);
            assertThat(count("detail LIKE ?", escrow, "webhook %")).isPositive();
            assertThat(count("detail LIKE ?", escrow, "poll: %"))
                    .as("polled every 300 ms in HYBRID; not before the expiry (2 min here) in WEBHOOK")
                    .isZero();
        }
    }
}
