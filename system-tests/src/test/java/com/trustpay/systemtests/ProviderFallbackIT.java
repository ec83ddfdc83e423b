package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.SandboxPayer;
import com.trustpay.devstack.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's fallback, through the public API with every service running: while Setu is down (every merchant API
 * answers 503) new escrows are collected through PhonePe PG and reach RELEASED; once Setu
 * answers again, the next escrow is Setu's.
 */
class ProviderFallbackIT extends SystemTest {

    /** Every Setu merchant API answers 503 (its token service still answers). */
    private static final String SETU_DOWN = """
            {"endpoints": {
              "POST /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503},
              "GET /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503},
              "PUT /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503}}}
            """;

    private final Api payment = new Api(stack.url(Service.PAYMENT));

    /** Other tests of the suite (a killed sandbox, say) may have left Setu's breaker open: start from Setu up. */
    @BeforeEach
    @AfterEach
    void setuBack() {
        sandbox.noFaults();
        awaitHealth("setu", "UP");
    }

    @Test
    void whileSetuIsDownAnEscrowIsCollectedThroughPhonePeAndReleasedAndSetuTakesTheNextOneWhenBack() {
        sandbox.faults(SETU_DOWN);
        Deal stranded = deal("INTENT", "success@upi", "success@okaxis");
        Deal another = deal("INTENT", "success@upi", "success@okaxis");
        awaitHealth("setu", "DOWN");

        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        JsonNode request = api.awaitPaymentRequest(deal.payer(), deal.id());
        String tr = SandboxPayer.tr(request.get("intentLink").asString());
        assertThat(tr).as("PhonePe's order id is the link's tr").startsWith("OMO");
        sandbox.pay(request, "success@upi", AMOUNT);
        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        bothConfirm(deal);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);

        JsonNode order = phonePeOrder(tr);
        assertThat(order.path("state").asString()).isEqualTo("COMPLETED");
        MoneyInvariants.ProviderView provider = money.hold(deal.id());
        assertThat(provider.collectedPaise()).as("collected at PhonePe").isEqualTo(AMOUNT);
        assertThat(provider.processedPayouts()).as("paid out once").isEqualTo(1);

        sandbox.noFaults();
        awaitHealth("setu", "UP");
        Deal next = deal("INTENT", "success@upi", "success@okaxis");
        JsonNode nextRequest = api.awaitPaymentRequest(next.payer(), next.id());
        assertThat(SandboxPayer.tr(nextRequest.get("intentLink").asString()))
                .as("Setu's Dynamic QR again")
                .startsWith("SU");
        sandbox.pay(nextRequest, "success@upi", AMOUNT);
        api.awaitStatus(next.payer(), next.id(), "HELD", SETTLE);
        assertThat(money.hold(next.id()).collectedPaise()).isEqualTo(AMOUNT);

        // An escrow recorded while Setu was failing may have gone to Setu or (once its breaker opened, which Setu's
        // failing polls of other escrows can do at any moment) to PhonePe, but never to both: an attempt never moves.
        for (Deal d : new Deal[] {stranded, another, deal, next}) {
            assertThat(providersCalled(d.id()))
                    .as("providers called for %s", d.id())
                    .hasSize(1);
        }
        assertThat(providersCalled(deal.id())).containsExactly("phonepe");
        assertThat(providersCalled(next.id())).containsExactly("setu");
    }

    /** The collection providers payment-service called for an escrow, from its audit log. */
    private java.util.Set<String> providersCalled(String escrowId) {
        java.util.Set<String> called = new java.util.TreeSet<>();
        JsonNode audit = payment.get("/internal/escrows/" + escrowId + "/audit", null)
                .expect(200)
                .json();
        for (JsonNode e : audit.path("entries")) {
            String detail = e.path("detail").asString();
            if ("PROVIDER_CALL".equals(e.path("kind").asString())) {
                for (String provider : new String[] {"setu", "phonepe"}) {
                    if (detail.contains(provider + " POST ")
                            || detail.contains(provider + " GET ")
                            || detail.contains(provider + " PUT ")) {
                        called.add(provider);
                    }
                }
            }
        }
        return called;
    }

    private JsonNode phonePeOrder(String orderId) {
        for (JsonNode o : sandbox.phonePeOrders().path("orders")) {
            if (orderId.equals(o.path("orderId").asString())) {
                return o;
            }
        }
        throw new AssertionError("no PhonePe order " + orderId + " at the sandbox");
    }
}
