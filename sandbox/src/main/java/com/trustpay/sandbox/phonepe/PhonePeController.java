package com.trustpay.sandbox.phonepe;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PhonePe PG v2 merchant APIs under {@link PhonePeConfiguration#BASE} (all need {@code Authorization: O-Bearer}):
 * Standard and Custom create-payment and order status, refund and refund status.
 */
@RestController
class PhonePeController {

    private static final String BASE = PhonePeConfiguration.BASE;

    private final PhonePeService service;

    PhonePeController(PhonePeService service) {
        this.service = service;
    }

    @PostMapping(BASE + "/checkout/v2/pay")
    Map<String, Object> checkoutPay(@RequestBody CreatePaymentRequest request) {
        return service.create(Order.Flow.CHECKOUT, request);
    }

    @PostMapping(BASE + "/payments/v2/pay")
    Map<String, Object> customPay(@RequestBody CreatePaymentRequest request) {
        return service.create(Order.Flow.PG, request);
    }

    @GetMapping({
        BASE + "/checkout/v2/order/{merchantOrderId}/status",
        BASE + "/payments/v2/order/{merchantOrderId}/status"
    })
    Map<String, Object> status(
            @PathVariable String merchantOrderId,
            @RequestParam(defaultValue = "false") boolean details,
            @RequestParam(defaultValue = "false") boolean errorContext) {
        return service.status(merchantOrderId, details, errorContext);
    }

    @PostMapping(BASE + "/payments/v2/refund")
    Map<String, Object> refund(@RequestBody CreateRefundRequest request) {
        return service.refund(request);
    }

    @GetMapping(BASE + "/payments/v2/refund/{merchantRefundId}/status")
    Map<String, Object> refundStatus(@PathVariable String merchantRefundId) {
        return service.refundStatus(merchantRefundId);
    }
}
