package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's inspection lapse with two escrow-service instances on one database and one Kafka: several deals are
 * marked delivered at the same moment (half through each instance), nobody confirms or disputes, and when the
 * inspection periods lapse (an inspection day lasts {@link SystemUnderTest#INSPECTION_DAY} here) both instances'
 * sweeps find them. Each escrow is released automatically exactly once: one AutoReleased row in its timeline, one
 * ReleaseFunds reaching payment-service, one payout at the provider, RELEASED, and the money rules hold.
 */
class InspectionLapseIT extends SystemTest {

    private static final int DEALS = 4;

    @AfterEach
    void oneInstanceAgain() {
        stack.stopExtras();
    }

    @Test
    void eachLapsedInspectionIsReleasedAutomaticallyExactlyOnceWithTwoInstancesSweeping() throws IOException {
        // A small pool: the second instance only sweeps and answers a few requests, and PostgreSQL is shared.
        TrustPayApi secondInstance = new TrustPayApi(
                stack.startExtra(Service.ESCROW, Map.of("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "3")));
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            deals.add(heldDeal("success@okaxis"));
        }

        for (int i = 0; i < DEALS; i++) {
            Deal deal = deals.get(i);
            TrustPayApi via = i % 2 == 0 ? api : secondInstance;
            JsonNode delivered = via.post(deal.payee(), "/api/escrows/" + deal.id() + "/deliver", null)
                    .expect(200)
                    .json();
            assertThat(delivered.path("inspectionEndsAt").asString()).isNotBlank();
        }

        for (Deal deal : deals) {
            JsonNode released = api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);
            assertThat(released.path("autoReleasedAt").asString())
                    .as("released because the inspection lapsed")
                    .isNotBlank();
            assertThat(historyKinds(deal))
                    .as("timeline of %s", deal.id())
                    .containsOnlyOnce("AutoReleased")
                    .doesNotContain("PartyConfirmed");
            assertThat(audit(deal.id(), "COMMAND"))
                    .filteredOn(line -> line.startsWith("ReleaseFunds "))
                    .as("ReleaseFunds for %s", deal.id())
                    .hasSize(1);
            MoneyInvariants.ProviderView provider = money.hold(deal.id());
            assertThat(provider.processedPayouts()).as("paid out once").isEqualTo(1);
            assertThat(provider.payoutPaise()).isEqualTo(AMOUNT);
            assertThat(provider.refundedPaise()).isZero();
        }
    }

    private List<String> historyKinds(Deal deal) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode row : api.get(deal.payer(), "/api/escrows/" + deal.id() + "/history")
                .expect(200)
                .json()) {
            kinds.add(row.path("kind").asString());
        }
        return kinds;
    }
}
