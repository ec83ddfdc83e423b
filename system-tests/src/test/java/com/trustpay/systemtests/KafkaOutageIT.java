package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Kafka, a process of its own, is stopped while people keep using TrustPay. Every service takes what it is given
 * while the broker is down — a payment the payer makes (payment-service finds it at the provider and records it), a
 * confirmation that releases the money, a new escrow and its partner's join — and keeps it in its own database;
 * once Kafka is back, all of it is carried out exactly once: the payment is held, the release is paid out once,
 * and the new escrow gets its payment request.
 */
class KafkaOutageIT extends SystemTest {

    @Test
    void whatIsAcceptedWhileKafkaIsDownIsKeptAndCarriedOutOnceWhenItIsBack() throws IOException {
        Deal paying = deal("INTENT", "success@upi", "success@okaxis");
        JsonNode request = api.awaitPaymentRequest(paying.payer(), paying.id());
        Deal releasing = heldDeal("success@okaxis");

        Deal joined;
        stack.stopKafka();
        try {
            sandbox.pay(request, "success@upi", AMOUNT);
            // payment-service finds the payment at the provider (its polling needs no Kafka) and stores it
            awaitTransaction(paying.id(), "PAYMENT", "SUCCEEDED");
            assertThat(api.get(paying.payer(), "/api/escrows/" + paying.id())
                            .expect(200)
                            .json()
                            .get("status")
                            .asString())
                    .as("escrow-service hears of the payment only through Kafka")
                    .isEqualTo("PAYMENT_PENDING");
            bothConfirm(releasing);
            joined = deal("INTENT", "success@upi", "success@okaxis");
        } finally {
            stack.startKafka();
        }

        api.awaitStatus(paying.payer(), paying.id(), "HELD", SETTLE);
        api.awaitStatus(releasing.payee(), releasing.id(), "RELEASED", SETTLE);
        sandbox.pay(api.awaitPaymentRequest(joined.payer(), joined.id()), "success@upi", AMOUNT);
        api.awaitStatus(joined.payer(), joined.id(), "HELD", SETTLE);

        assertThat(money.hold(paying.id()).collectedPaise()).isEqualTo(AMOUNT);
        assertThat(money.hold(joined.id()).collectedPaise()).isEqualTo(AMOUNT);
        ProviderView released = money.hold(releasing.id());
        assertThat(released.processedPayouts()).as("paid out once").isEqualTo(1);
        assertThat(released.payoutPaise()).isEqualTo(AMOUNT);
    }
}
