package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's webhook knobs: whatever the provider's notifications do, the escrow ends where it should. */
class WebhookFaultsIT extends SystemTest {

    @AfterEach
    void noMoreFaults() {
        sandbox.noFaults();
    }

    @Test
    void duplicatedWebhooksChangeNothing() {
        sandbox.faults("{\"webhooks\":{\"duplicateRate\":1.0}}");
        releasedDealEndsRight();
    }

    @Test
    void reorderedWebhooksChangeNothing() {
        sandbox.faults("{\"webhooks\":{\"reorderRate\":0.5,\"reorderDelayMs\":1500}}");
        releasedDealEndsRight();
    }

    @Test
    void droppedWebhooksAreMadeUpForByPolling() {
        sandbox.faults("{\"webhooks\":{\"dropRate\":1.0}}");
        releasedDealEndsRight();
    }

    private void releasedDealEndsRight() {
        Deal deal = heldDeal("success@okaxis");
        bothConfirm(deal);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);

        ProviderView provider = money.hold(deal.id());
        assertThat(provider.collectedPaise()).isEqualTo(AMOUNT);
        assertThat(provider.processedPayouts()).isEqualTo(1);
    }
}
