package com.trustpay.systemtests;

import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.Service;
import com.trustpay.devstack.Stack;
import com.trustpay.systemtests.TrustPayApi.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What every system test shares: the running suite, a client for its public API, the sandbox's records. */
abstract class SystemTest {

    static final Duration SETTLE = Duration.ofSeconds(90);
    static final long AMOUNT = 125_000;

    final Stack stack = SystemUnderTest.stack();
    final TrustPayApi api = new TrustPayApi(SystemUnderTest.apiBase());
    final SandboxAdmin sandbox = new SandboxAdmin(stack.url(Service.SANDBOX));
    final MoneyInvariants money = new MoneyInvariants(sandbox, new Api(stack.url(Service.PAYMENT)));

    /** Two parties and their escrow, after the payee joined: the payer may pay. */
    record Deal(User payer, User payee, String id, JsonNode escrow) {}

    Deal deal(String mode, String payerVpa, String payeeVpa) {
        User payer = api.signUp("Payer");
        User payee = api.signUp("Payee");
        JsonNode created = api.create(payer, "PAYER", AMOUNT, payerVpa, mode);
        String id = created.get("id").asString();
        api.join(payee, created.get("code").asString(), payeeVpa).expect(200);
        return new Deal(payer, payee, id, created);
    }

    /** A deal whose money is held: paid by Dynamic QR with a payer the sandbox lets pay. */
    Deal heldDeal(String payeeVpa) {
        Deal deal = deal("INTENT", "success@upi", payeeVpa);
        sandbox.pay(api.awaitPaymentRequest(deal.payer(), deal.id()), "success@upi", AMOUNT);
        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        return deal;
    }

    /**
     * Waits until payment-service has stored a transaction of {@code kind} (PAYMENT, PAYOUT, REFUND) for the escrow,
     * in {@code ourStatus} if that is not null, as its internal reconciliation view shows it.
     */
    void awaitTransaction(String escrowId, String kind, String ourStatus) {
        Api internal = new Api(stack.url(Service.PAYMENT));
        String from = Instant.now().minusSeconds(600).toString();
        await().alias(kind + " " + (ourStatus == null ? "stored" : ourStatus) + " for " + escrowId)
                .atMost(SETTLE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    JsonNode rows = internal.get(
                                    "/internal/transactions?from=" + from + "&to="
                                            + Instant.now().plusSeconds(60),
                                    null)
                            .expect(200)
                            .json()
                            .get("transactions");
                    for (JsonNode row : rows) {
                        if (kind.equals(row.get("kind").asString())
                                && escrowId.equals(row.get("escrowId").asString())
                                && (ourStatus == null
                                        || ourStatus.equals(row.get("ourStatus").asString()))) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** The details of payment-service's audit lines of {@code kind} (COMMAND, ALERT, PROVIDER_CALL, …) for the escrow. */
    List<String> audit(String escrowId, String kind) {
        List<String> lines = new ArrayList<>();
        JsonNode audit = new Api(stack.url(Service.PAYMENT))
                .get("/internal/escrows/" + escrowId + "/audit", null)
                .expect(200)
                .json();
        for (JsonNode e : audit.path("entries")) {
            if (kind.equals(e.path("kind").asString())) {
                lines.add(e.path("detail").asString());
            }
        }
        return lines;
    }

    /** Waits until payment-service's routing reports the provider's health (UP or DOWN). */
    void awaitHealth(String provider, String health) {
        Api payment = new Api(stack.url(Service.PAYMENT));
        await().alias(provider + " " + health)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> health.equals(payment.get("/internal/routing", null)
                        .expect(200)
                        .json()
                        .path("health")
                        .path(provider)
                        .asString()));
    }

    void bothConfirm(Deal deal) {
        api.post(deal.payer(), "/api/escrows/" + deal.id() + "/confirm", null).expect(200);
        api.post(deal.payee(), "/api/escrows/" + deal.id() + "/confirm", null).expect(200);
    }
}
