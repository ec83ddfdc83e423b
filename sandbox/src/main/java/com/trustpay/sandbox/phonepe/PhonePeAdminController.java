package com.trustpay.sandbox.phonepe;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Sandbox-only PhonePe admin (no auth, no faults): order and refund listings, the mock payer, settling a refund,
 * the run-time settings; and the stand-in hosted checkout page that {@code redirectUrl} points at.
 */
@RestController
class PhonePeAdminController {

    /** Every order, oldest first. */
    record AllOrders(List<Map<String, Object>> orders) {}

    /** Every refund, oldest first. */
    record AllRefunds(List<Map<String, Object>> refunds) {}

    /** {@code PUT /sandbox/phonepe/refunds/{id}/status} body. */
    record SettleRefund(String state, String errorCode, String detailedErrorCode) {}

    private final PhonePeService service;
    private final PhonePeSettings.Live settings;

    PhonePeAdminController(PhonePeService service, PhonePeSettings.Live settings) {
        this.service = service;
        this.settings = settings;
    }

    /**
     * Every order, oldest first; optionally only those created in {@code [from, to]} (epoch ms, both inclusive) and
     * in one {@code state}: what reconciliation compares its own records with (PhonePe has no list API).
     */
    @GetMapping("/sandbox/phonepe/orders")
    AllOrders orders(
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String state) {
        return new AllOrders(service.orders().stream()
                .filter(o -> from == null || o.createdAt >= from)
                .filter(o -> to == null || o.createdAt <= to)
                .filter(o -> state == null || state.equals(o.state()))
                .sorted(Comparator.comparingLong((Order o) -> o.createdAt).thenComparing(o -> o.merchantOrderId))
                .map(Order::adminView)
                .toList());
    }

    /** Every refund, oldest first; optionally only those of one {@code originalMerchantOrderId}. */
    @GetMapping("/sandbox/phonepe/refunds")
    AllRefunds refunds(@RequestParam(required = false) String originalMerchantOrderId) {
        return new AllRefunds(service.refunds().stream()
                .filter(r -> originalMerchantOrderId == null || originalMerchantOrderId.equals(r.order.merchantOrderId))
                .sorted(Comparator.comparingLong((Refund r) -> r.timestamp).thenComparing(r -> r.merchantRefundId))
                .map(r -> r.view(service.merchantId()))
                .toList());
    }

    @PostMapping("/sandbox/phonepe/pay")
    Map<String, Object> pay(@RequestBody MockPayRequest request) {
        return service.pay(request);
    }

    @PutMapping("/sandbox/phonepe/refunds/{merchantRefundId}/status")
    Map<String, Object> settle(@PathVariable String merchantRefundId, @RequestBody SettleRefund request) {
        return service.settleRefund(
                merchantRefundId, request.state(), request.errorCode(), request.detailedErrorCode());
    }

    @GetMapping("/sandbox/phonepe/settings")
    PhonePeSettings settings() {
        return settings.get();
    }

    /** Changes only the given fields ({@code tokenTtl}, {@code payerDelay}, {@code refundAutoResolve}). */
    @PutMapping("/sandbox/phonepe/settings")
    PhonePeSettings updateSettings(@RequestBody PhonePeSettings change) {
        return settings.update(change);
    }

    /** The hosted page of a Standard Checkout order: what is to be paid; paying is {@code POST /sandbox/phonepe/pay}. */
    @GetMapping(value = "/phonepe/hosted/{orderId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> hosted(@PathVariable String orderId) {
        return service.byOrderId(orderId)
                .map(o -> ResponseEntity.ok("<!doctype html><html><head><title>PhonePe sandbox checkout</title></head>"
                        + "<body><h1>PhonePe sandbox checkout</h1><p>Order "
                        + HtmlUtils.htmlEscape(o.merchantOrderId) + " (" + o.orderId + "): " + o.amount
                        + " paise, " + o.state() + ".</p><p>Pay it with <code>POST /sandbox/phonepe/pay</code> "
                        + "{\"merchantOrderId\": \"" + HtmlUtils.htmlEscape(o.merchantOrderId)
                        + "\", \"state\": \"COMPLETED\"}.</p></body></html>"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
