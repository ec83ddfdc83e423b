package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HappyPathIT extends SystemTest {

    @Test
    void dynamicQrDealIsPaidHeldConfirmedAndReleasedToThePayee() {
        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        JsonNode request = api.awaitPaymentRequest(deal.payer(), deal.id());
        assertThat(request.get("intentLink").asString()).startsWith("upi://pay?");
        assertThat(request.get("qrPng").asString()).isNotBlank();

        sandbox.pay(request, "success@upi", AMOUNT);
        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        bothConfirm(deal);
        JsonNode released = api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);

        assertThat(released.get("payoutCompletedAt").isNull()).isFalse();
        ProviderView provider = money.hold(deal.id());
        assertThat(provider.collectedPaise()).isEqualTo(AMOUNT);
        assertThat(provider.processedPayouts()).isEqualTo(1);
        assertThat(provider.payoutPaise()).isEqualTo(AMOUNT);
        assertThat(provider.refundedPaise()).isZero();
    }

    @Test
    void collectDealIsPaidFromThePayersVpaAndReleased() {
        Deal deal = deal("COLLECT", "success@upi", "success@okaxis");

        // The sandbox's success@ payer approves the collect request at once: no one has to scan anything.
        JsonNode held = api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        assertThat(held.get("paymentMode").asString()).isEqualTo("COLLECT");
        bothConfirm(deal);
        api.awaitStatus(deal.payer(), deal.id(), "RELEASED", SETTLE);

        ProviderView provider = money.hold(deal.id());
        assertThat(provider.collectedPaise()).isEqualTo(AMOUNT);
        assertThat(provider.processedPayouts()).isEqualTo(1);
    }
}
