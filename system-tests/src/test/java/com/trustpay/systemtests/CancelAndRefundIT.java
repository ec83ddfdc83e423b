package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import com.trustpay.systemtests.TrustPayApi.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CancelAndRefundIT extends SystemTest {

    @Test
    void cancelBeforePaymentWithdrawsTheRequestAndMovesNoMoney() {
        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        api.awaitPaymentRequest(deal.payer(), deal.id());

        api.post(deal.payer(), "/api/escrows/" + deal.id() + "/cancel", Map.of("reason", "Changed my mind"))
                .expect(200);

        api.awaitStatus(deal.payee(), deal.id(), "CANCELLED", SETTLE);
        ProviderView provider = money.hold(deal.id());
        assertThat(provider.collectedPaise()).isZero();
        assertThat(provider.processedPayouts()).isZero();
    }

    @Test
    void cancelAfterTheMoneyIsHeldRefundsThePayer() {
        Deal deal = heldDeal("success@okaxis");

        api.post(deal.payee(), "/api/escrows/" + deal.id() + "/cancel", Map.of("reason", "Out of stock"))
                .expect(200);
        api.awaitStatus(deal.payer(), deal.id(), "REFUNDED", SETTLE);

        ProviderView provider = money.hold(deal.id());
        assertThat(provider.refundedPaise()).isEqualTo(AMOUNT);
        assertThat(provider.processedPayouts()).isZero();
    }

    @Test
    void disputeDecidedForThePayerByAnAdminIsRefunded() {
        Deal deal = heldDeal("success@okaxis");

        api.post(deal.payer(), "/api/escrows/" + deal.id() + "/dispute", Map.of("reason", "Item never arrived"))
                .expect(200);
        api.awaitStatus(deal.payee(), deal.id(), "DISPUTED", SETTLE);
        User admin = api.admin();
        api.post(
                        admin,
                        "/api/admin/escrows/" + deal.id() + "/resolve",
                        Map.of("outcome", "REFUND", "note", "No proof of delivery"))
                .expect(200);

        api.awaitStatus(deal.payer(), deal.id(), "REFUNDED", SETTLE);
        ProviderView provider = money.hold(deal.id());
        assertThat(provider.refundedPaise()).isEqualTo(AMOUNT);
        assertThat(provider.processedPayouts()).isZero();
    }
}
