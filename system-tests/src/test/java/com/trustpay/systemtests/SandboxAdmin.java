package com.trustpay.systemtests;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.SandboxPayer;
import tools.jackson.databind.JsonNode;

/** The sandbox's own records and knobs, and its mock payer: the provider's side of every assertion. */
final class SandboxAdmin {

    private final Api api;

    SandboxAdmin(String base) {
        this.api = new Api(base);
    }

    /** Pays the payment request the way a payer's UPI app would, with the given payer VPA. */
    JsonNode pay(JsonNode paymentView, String payerVpa, long amountPaise) {
        return new SandboxPayer(api).pay(paymentView, payerVpa, amountPaise);
    }

    JsonNode payouts() {
        return api.get("/sandbox/payouts", null).expect(200).json();
    }

    JsonNode refunds() {
        return api.get("/sandbox/refunds", null).expect(200).json();
    }

    JsonNode payments() {
        return api.get("/sandbox/payments", null).expect(200).json();
    }

    /** PhonePe PG's orders, every attempt with them. */
    JsonNode phonePeOrders() {
        return api.get("/sandbox/phonepe/orders", null).expect(200).json();
    }

    JsonNode phonePeRefunds() {
        return api.get("/sandbox/phonepe/refunds", null).expect(200).json();
    }

    JsonNode deliveries(String provider) {
        return api.get("/sandbox/webhooks/deliveries?provider=" + provider, null)
                .expect(200)
                .json();
    }

    void faults(String json) {
        api.put("/sandbox/faults", json).expect(200);
    }

    void noFaults() {
        faults("{}");
    }
}
