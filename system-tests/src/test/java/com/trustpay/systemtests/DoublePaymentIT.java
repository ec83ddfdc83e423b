package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.Service;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's worst case for fallback, through the public API with every service running: a Setu collect whose create
 * answer is lost (the provider carried it out, the payer's app shows it), the attempt given up after its expiry, the
 * retry collected through PhonePe because Setu is down, and the payer who approved both. Exactly one payment is held,
 * the other is refunded with an alert, the deal is released once and the ledger matches the providers.
 *
 * <p>payment-service runs here with a 30-second payment request and a 3-second grace (restarted with them, and back
 * to the suite's settings afterwards), so that the lost collect is given up in seconds rather than 40 minutes.
 */
class DoublePaymentIT extends SystemTest {

    /**
     * Setu's collect create is carried out but its answer held and replaced by a 504; every webhook is held back a
     * minute, so Setu's news of the approved collect comes after the retry was paid.
     */
    private static final String COLLECT_ANSWER_LOST = """
            {"timeoutMs": 2000,
             "endpoints": {"POST /api/v1/merchants/collect": {"timeoutRate": 1.0}},
             "webhooks": {"reorderRate": 1.0, "reorderDelayMs": 60000}}
            """;

    /** Setu down (every merchant API answers 503), webhooks still held back. */
    private static final String SETU_DOWN = """
            {"endpoints": {
              "POST /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503},
              "GET /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503},
              "PUT /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503}},
             "webhooks": {"reorderRate": 1.0, "reorderDelayMs": 60000}}
            """;

    private final Api payment = new Api(stack.url(Service.PAYMENT));

    @BeforeEach
    void shortPaymentRequests() throws IOException {
        sandbox.noFaults();
        stack.restart(Service.PAYMENT, Map.of("PAYMENT_REQUEST_EXPIRY", "30s", "PAYMENT_ATTEMPTS_GRACE", "3s"));
        awaitHealth("setu", "UP");
    }

    @AfterEach
    void suiteSettings() throws IOException {
        sandbox.noFaults();
        stack.restart(Service.PAYMENT);
    }

    @Test
    void aLostCollectPaidBesideItsPhonePeRetryIsRefundedAndTheDealIsReleasedOnce() {
        sandbox.faults(COLLECT_ANSWER_LOST);
        Deal deal = deal("COLLECT", "success@upi", "success@okaxis");
        awaitAudit(deal.id(), "create outcome unknown");

        sandbox.faults(SETU_DOWN);
        awaitHealth("setu", "DOWN");
        api.awaitStatus(deal.payer(), deal.id(), "PAYMENT_FAILED", SETTLE);

        api.post(deal.payer(), "/api/escrows/" + deal.id() + "/payment/retry", null)
                .expect(202);
        api.awaitPaymentRequest(deal.payer(), deal.id(), 2);
        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        assertThat(providersCalledFor(deal.id(), "POST")).containsExactly("setu /collect", "phonepe");

        sandbox.noFaults();
        awaitHealth("setu", "UP");
        await().alias("the lost collect's payment refunded")
                .atMost(SETTLE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> money.of(deal.id()).returnedPaise() == AMOUNT);
        MoneyInvariants.ProviderView provider = money.of(deal.id());
        assertThat(provider.collectedPaise()).as("paid twice by the payer").isEqualTo(2 * AMOUNT);
        assertThat(provider.refundedPaise())
                .as("the escrow itself is not refunded")
                .isZero();
        assertThat(audit(deal.id(), "ALERT")).anyMatch(line -> line.contains("DUPLICATE_PAYMENT_REFUNDED"));
        assertThat(api.escrow(deal.payer(), deal.id()).path("status").asString())
                .as("one payment kept")
                .isEqualTo("HELD");

        bothConfirm(deal);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);
        await().alias("ledger matches the providers")
                .atMost(SETTLE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> money.ledgerMatchesProvider(deal.id()));
        MoneyInvariants.ProviderView after = money.of(deal.id());
        assertThat(after.processedPayouts()).as("paid out once").isEqualTo(1);
        assertThat(after.payoutPaise()).isEqualTo(AMOUNT);
        assertThat(after.returnedPaise())
                .as("the second payment given back, once")
                .isEqualTo(AMOUNT);
        assertThat(after.refundedPaise()).isZero();
    }

    /** The creating calls payment-service made for an escrow (provider and path), in order, from its audit log. */
    private List<String> providersCalledFor(String escrowId, String method) {
        List<String> calls = new ArrayList<>();
        for (String detail : audit(escrowId, "PROVIDER_CALL")) {
            if (detail.contains("setu " + method + " /collect")) {
                calls.add("setu /collect");
            } else if (detail.contains("phonepe " + method + " ")) {
                calls.add("phonepe");
            }
        }
        return calls.stream().distinct().toList();
    }

    private void awaitAudit(String escrowId, String text) {
        await().alias("audit line '" + text + "' for " + escrowId)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode audit = payment.get("/internal/escrows/" + escrowId + "/audit", null)
                            .expect(200)
                            .json();
                    for (JsonNode e : audit.path("entries")) {
                        if (e.path("detail").asString().contains(text)) {
                            return true;
                        }
                    }
                    return false;
                });
    }
}
