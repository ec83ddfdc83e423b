package com.trustpay.payment.provider.setu;

import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.http.Json;
import tools.jackson.databind.JsonNode;

/** Reads Setu's payment and refund objects (PROVIDERS.md 1.6, 1.8) into provider values. */
final class SetuPayments {

    private SetuPayments() {}

    static ProviderPayment payment(JsonNode p) {
        JsonNode reason = p.path("reason");
        String reference = Json.text(p, "referenceId");
        return new ProviderPayment(
                Json.text(p, "id"),
                reference != null ? reference : Json.text(p, "merchantReferenceId"),
                Json.number(p, "amount"),
                Json.text(p, "status"),
                Json.text(p, "customerVpa"),
                Json.text(p, "txnId"),
                Json.text(p, "rrn"),
                firstOf(Json.text(reason, "npciErrCode"), Json.text(reason, "npciRespCode"), Json.text(reason, "code")),
                firstOf(
                        Json.text(reason, "desc"),
                        Json.text(reason, "npciRespDesc"),
                        Json.text(reason, "npciErrDesc")));
    }

    static ProviderRefund refund(JsonNode r) {
        JsonNode reason = r.path("reason");
        return new ProviderRefund(
                Json.text(r, "id"),
                Json.text(r, "referenceId"),
                Json.text(r, "paymentId"),
                Json.number(r, "amount"),
                Json.text(r, "status"),
                firstOf(Json.text(reason, "npciErrCode"), Json.text(reason, "errCode")),
                firstOf(Json.text(reason, "npciErrDesc"), Json.text(reason, "errCode")));
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
