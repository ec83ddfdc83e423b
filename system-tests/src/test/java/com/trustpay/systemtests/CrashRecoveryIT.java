package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Service;
import com.trustpay.systemtests.MoneyInvariants.ProviderView;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * payment-service dies (SIGKILL) after it stored the payout and while its call to the payout provider is in
 * flight; the provider still carries the request out. After a restart the payout is settled with the same
 * idempotency key: the payee is paid exactly once.
 */
class CrashRecoveryIT extends SystemTest {

    @Test
    void paymentServiceKilledDuringThePayoutCallPaysExactlyOnceAfterRestart() throws IOException {
        Deal deal = heldDeal("success@okaxis");
        sandbox.faults("{\"endpoints\":{\"POST /v1/payouts\":{\"latencyMs\":4000}}}");

        bothConfirm(deal);
        awaitTransaction(deal.id(), "PAYOUT", null);
        pause(Duration.ofMillis(800)); // the call, stored before it was made, is now held by the provider
        stack.kill(Service.PAYMENT);
        sandbox.noFaults();
        stack.restart(Service.PAYMENT);

        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);
        ProviderView provider = money.hold(deal.id());
        assertThat(provider.processedPayouts()).isEqualTo(1);
        assertThat(provider.payoutPaise()).isEqualTo(AMOUNT);
        assertThat(payoutsAtProvider(deal.id()))
                .as("distinct payouts created at the provider")
                .isEqualTo(1);
    }

    private long payoutsAtProvider(String escrowId) {
        String prefix = MoneyInvariants.payoutPrefix(UUID.fromString(escrowId));
        long count = 0;
        for (JsonNode p : sandbox.payouts().get("payouts")) {
            if (p.get("reference_id").asString().startsWith(prefix)) {
                count++;
            }
        }
        return count;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
