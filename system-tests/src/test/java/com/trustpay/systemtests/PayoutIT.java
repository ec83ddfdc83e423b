package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Api;
import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import com.trustpay.systemtests.TrustPayApi.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PayoutIT extends SystemTest {

    @Test
    void payoutThatFailsIsRetriedAndSucceeds() {
        Deal deal = heldDeal("success@okaxis");
        failNextPayouts(1);

        bothConfirm(deal);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);

        ProviderView provider = money.hold(deal.id());
        assertThat(provider.processedPayouts()).isEqualTo(1);
        assertThat(failedPayouts(deal.id())).isEqualTo(1);
    }

    @Test
    void payoutWhoseRetriesAreExhaustedIsReleasedByAnAdminRetry() {
        Deal deal = heldDeal("success@okaxis");
        failNextPayouts(3);

        bothConfirm(deal);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASE_FAILED", SETTLE);
        assertThat(money.hold(deal.id()).processedPayouts()).isZero();
        assertThat(failedPayouts(deal.id())).isEqualTo(3);

        User admin = api.admin();
        api.post(admin, "/api/admin/escrows/" + deal.id() + "/retry-release", null)
                .expect(200);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);

        ProviderView provider = money.hold(deal.id());
        assertThat(provider.processedPayouts()).isEqualTo(1);
        assertThat(provider.payoutPaise()).isEqualTo(AMOUNT);
    }

    @Test
    void aPayoutTheBankReversesWaitsForAnAdminWhoRefundsThePayer() {
        Deal deal = heldDeal("reverse@okicici");

        bothConfirm(deal);
        JsonNode reversed = api.awaitStatus(deal.payee(), deal.id(), "PAYOUT_REVERSED", SETTLE);

        assertThat(reversed.hasNonNull("reversedPayoutReference")).isTrue();
        assertThat(reversed.hasNonNull("payoutCompletedAt")).isFalse();
        User admin = api.admin();
        assertThat(api.get(admin, "/api/admin/escrows").json().get("items").findValuesAsString("id"))
                .contains(deal.id());
        api.post(admin, "/api/admin/escrows/" + deal.id() + "/reversal", Map.of("decision", "REFUND", "note", "bank"))
                .expect(200);
        api.awaitStatus(deal.payer(), deal.id(), "REFUNDED", SETTLE);

        // the reversed payout paid nobody: the ledger counts the whole amount refunded and none paid out
        MoneyInvariants.LedgerView ledger = money.ledgerMatchesProvider(deal.id());
        assertThat(ledger.paidOutPaise()).isZero();
        assertThat(ledger.refundedPaise()).isEqualTo(AMOUNT);
        assertThat(ledger.heldPaise()).isZero();
    }

    @Test
    void strangerCannotRetryARelease() {
        Deal deal = heldDeal("success@okaxis");
        User stranger = api.signUp("Stranger");

        assertThat(api.post(stranger, "/api/admin/escrows/" + deal.id() + "/retry-release", null)
                        .status())
                .isIn(403, 404);
        assertThat(api.get(stranger, "/api/escrows/" + deal.id()).status()).isEqualTo(404);
    }

    private void failNextPayouts(int count) {
        new Api(stack.url(com.trustpay.devstack.Service.SANDBOX))
                .put("/sandbox/payouts/fail-next", "{\"count\":" + count + "}")
                .expect(200);
    }

    private long failedPayouts(String escrowId) {
        String prefix = MoneyInvariants.payoutPrefix(java.util.UUID.fromString(escrowId));
        long failed = 0;
        for (var p : sandbox.payouts().get("payouts")) {
            if (p.get("reference_id").asString().startsWith(prefix)
                    && "failed".equals(p.get("status").asString())) {
                failed++;
            }
        }
        return failed;
    }
}
