package com.trustpay.devstack;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Pays a TrustPay payment request the way a payer's UPI app would in the sandbox: through the sandbox's mock
 * payer action, keyed by the collect id or by the intent link's {@code tr} (the sandbox's NPCI ref id). A request
 * that payment-service routed to PhonePe PG (ADR 0017) is paid through the sandbox's PhonePe mock payer: its intent
 * link's {@code tr} is PhonePe's order id ({@code OMO…}), its collect id our reference ({@code TP…}).
 */
public final class SandboxPayer {

    public static final String MERCHANT_ID = "01SANDBOXMERCHANT000000000";
    private static final Pattern TR = Pattern.compile("[?&]tr=([^&]+)");
    private final Api sandbox;

    public SandboxPayer(Api sandbox) {
        this.sandbox = sandbox;
    }

    /** Pays the request shown in an escrow's payment view ({@code intentLink} or {@code collectId}). */
    public JsonNode pay(JsonNode paymentView, String payerVpa, long amountPaise) {
        boolean collect = paymentView.hasNonNull("collectId");
        String refId = collect
                ? paymentView.get("collectId").asString()
                : tr(paymentView.get("intentLink").asString());
        if (isPhonePe(refId)) {
            return payPhonePe(collect ? "merchantOrderId" : "orderId", refId, payerVpa);
        }
        return payRef(refId, payerVpa, amountPaise, setuToken());
    }

    /**
     * Whether a ref id is PhonePe's: its order ids start {@code OMO}, and a PhonePe collect is known by our
     * reference ({@code TP…}); Setu's ids are ULIDs ({@code 01…}) and its intent refs {@code SU…}.
     */
    public static boolean isPhonePe(String refId) {
        return refId.startsWith("OMO") || refId.startsWith("TP");
    }

    /** The PhonePe payer pays (a success VPA) or declines: {@code POST /sandbox/phonepe/pay}. */
    public JsonNode payPhonePe(String idField, String id, String payerVpa) {
        String state = payerVpa.startsWith("fail") ? "FAILED" : "COMPLETED";
        return sandbox.post("/sandbox/phonepe/pay", null, Map.of(idField, id, "state", state))
                .expect(200)
                .json();
    }

    /** Pays the product instance with the given ref id, with an already fetched Setu token. */
    public JsonNode payRef(String refId, String payerVpa, long amountPaise, String setuToken) {
        Map<String, Object> body = new HashMap<>(
                Map.of("refId", refId, "payerVpa", payerVpa, "payeeVpa", "trustpay@sandbox", "amount", amountPaise));
        return sandbox.post("/api/v1/merchants/pay", setuToken, body, "merchantId", MERCHANT_ID)
                .expect(200)
                .json();
    }

    /** A Setu access token from the sandbox's token service (default sandbox credentials). */
    public String setuToken() {
        return sandbox.post(
                        "/v1/users/login",
                        null,
                        Map.of(
                                "clientID",
                                "sandbox-client",
                                "secret",
                                "sandbox-secret",
                                "grant_type",
                                "client_credentials"))
                .expect(200)
                .json()
                .get("access_token")
                .asString();
    }

    /** The {@code tr} parameter of a UPI intent link. */
    public static String tr(String intentLink) {
        Matcher m = TR.matcher(intentLink);
        if (!m.find()) {
            throw new IllegalStateException("Intent link without tr: " + intentLink);
        }
        return m.group(1);
    }
}
