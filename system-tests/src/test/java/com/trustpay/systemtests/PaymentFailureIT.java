package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentFailureIT extends SystemTest {

    @Test
    void failedPaymentCanBeRetriedAndThenPaid() {
        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        sandbox.pay(api.awaitPaymentRequest(deal.payer(), deal.id()), "fail@upi", AMOUNT);
        api.awaitStatus(deal.payer(), deal.id(), "PAYMENT_FAILED", SETTLE);
        assertThat(api.payment(deal.payer(), deal.id()).get("status").asString())
                .isEqualTo("FAILED");

        api.post(deal.payer(), "/api/escrows/" + deal.id() + "/payment/retry", null)
                .expect(202);
        JsonNode retry = api.awaitPaymentRequest(deal.payer(), deal.id(), 2);
        sandbox.pay(retry, "success@upi", AMOUNT);

        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        ProviderView provider = money.hold(deal.id());
        assertThat(provider.collectedPaise()).isEqualTo(AMOUNT);
    }

    @Test
    void unpaidRequestExpiresAndCanBeRetried() {
        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        api.awaitPaymentRequest(deal.payer(), deal.id());

        api.awaitStatus(deal.payer(), deal.id(), "PAYMENT_FAILED", SETTLE);
        assertThat(api.payment(deal.payer(), deal.id()).get("status").asString())
                .isEqualTo("EXPIRED");

        api.post(deal.payer(), "/api/escrows/" + deal.id() + "/payment/retry", null)
                .expect(202);
        sandbox.pay(api.awaitPaymentRequest(deal.payer(), deal.id(), 2), "success@upi", AMOUNT);
        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        assertThat(money.hold(deal.id()).collectedPaise()).isEqualTo(AMOUNT);
    }
}
