package com.trustpay.payment.provider.phonepe;

import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads PhonePe's order-status and refund answers (PROVIDERS.md §2.4, §2.5) into the port's values, in the words
 * the rest of payment-service uses (Setu's): an order PENDING / COMPLETED / FAILED or EXPIRED is a request
 * {@code active} / {@code paid} / {@code closed}; an attempt PENDING / COMPLETED / FAILED is a payment
 * {@code pending} / {@code success} / {@code failed}; a refund PENDING or CONFIRMED / COMPLETED / FAILED is
 * {@code pending} / {@code success} / {@code failed}.
 */
final class PhonePeOrders {

    private PhonePeOrders() {}

    /** The order status answer does not echo the {@code merchantOrderId} (§2.4): the caller's id is kept. */
    static RequestState state(JsonNode order, String merchantOrderId) {
        List<ProviderPayment> payments = new ArrayList<>();
        for (JsonNode attempt : order.path("paymentDetails")) {
            payments.add(payment(order, attempt, merchantOrderId));
        }
        return new RequestState(merchantOrderId, requestStatus(text(order, "state")), List.copyOf(payments));
    }

    /** The completed attempt if there is one, else the latest. */
    static Optional<ProviderPayment> payment(JsonNode order, String merchantOrderId) {
        List<ProviderPayment> payments = state(order, merchantOrderId).payments();
        return payments.stream()
                .filter(ProviderPayment::succeeded)
                .findFirst()
                .or(() -> payments.isEmpty() ? Optional.empty() : Optional.of(payments.getLast()));
    }

    static String requestStatus(String orderState) {
        return switch (upper(orderState)) {
            case "COMPLETED" -> "paid";
            case "FAILED", "EXPIRED" -> "closed";
            case "PENDING" -> "active";
            default -> throw new IllegalArgumentException("unknown order state " + orderState);
        };
    }

    static ProviderRefund refund(JsonNode r, String merchantRefundId, String merchantOrderId) {
        String state = upper(text(r, "state"));
        String status =
                switch (state) {
                    case "PENDING", "CONFIRMED" -> "pending";
                    case "COMPLETED" -> "success";
                    case "FAILED" -> "failed";
                    default -> throw new IllegalArgumentException("unknown refund state " + text(r, "state"));
                };
        String reference = firstOf(text(r, "merchantRefundId"), merchantRefundId);
        return new ProviderRefund(
                reference,
                reference,
                firstOf(text(r, "originalMerchantOrderId"), merchantOrderId),
                Json.number(r, "amount"),
                status,
                text(r, "detailedErrorCode") != null ? text(r, "detailedErrorCode") : text(r, "errorCode"),
                text(r, "errorCode"));
    }

    private static ProviderPayment payment(JsonNode order, JsonNode attempt, String merchantOrderId) {
        JsonNode rail = railOf(attempt);
        String status =
                switch (upper(text(attempt, "state"))) {
                    case "COMPLETED" -> "success";
                    case "FAILED" -> "failed";
                    case "PENDING" -> "pending";
                    default -> throw new IllegalArgumentException("unknown attempt state " + text(attempt, "state"));
                };
        boolean failed = "failed".equals(status);
        String errorCode = failed ? firstOf(text(attempt, "errorCode"), text(order, "errorCode")) : null;
        String detailed = failed ? firstOf(text(attempt, "detailedErrorCode"), text(order, "detailedErrorCode")) : null;
        return new ProviderPayment(
                merchantOrderId,
                merchantOrderId,
                Json.number(attempt, "amount"),
                status,
                text(rail, "vpa"),
                firstOf(text(rail, "upiTransactionId"), text(attempt, "transactionId")),
                text(rail, "utr"),
                firstOf(detailed, errorCode),
                errorCode);
    }

    private static JsonNode railOf(JsonNode attempt) {
        for (JsonNode split : attempt.path("splitInstruments")) {
            JsonNode rail = split.path("rail");
            if (!rail.isMissingNode()) {
                return rail;
            }
        }
        return attempt.path("rail");
    }

    static String text(JsonNode node, String field) {
        return Json.text(node, field);
    }

    static String firstOf(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
