package com.trustpay.sandbox.setu.refunds;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Refund create (201), fetch, list by the payment's NPCI txn id, and the sandbox mock status. */
@RestController
class RefundsController {

    /** {@code {"paymentTxnId": "...", "refunds": [...]}}. */
    record PaymentRefunds(String paymentTxnId, List<RefundView> refunds) {}

    private final RefundService service;

    RefundsController(RefundService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/merchants/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    RefundView create(@RequestHeader("merchantId") String merchantId, @RequestBody CreateRefundRequest r) {
        return service.create(merchantId, r);
    }

    @GetMapping("/api/v1/merchants/refunds/{id}")
    RefundView fetch(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return service.fetch(merchantId, id);
    }

    @GetMapping("/api/v1/merchants/refunds/{paymentTxnId}/payment")
    PaymentRefunds forPayment(@RequestHeader("merchantId") String merchantId, @PathVariable String paymentTxnId) {
        return new PaymentRefunds(paymentTxnId, service.forPaymentTxn(merchantId, paymentTxnId));
    }

    @PutMapping("/api/v1/merchants/refunds/mock/{id}/status")
    RefundView mock(
            @RequestHeader("merchantId") String merchantId,
            @PathVariable String id,
            @RequestBody MockRefundStatusRequest r) {
        return service.mock(merchantId, id, r);
    }
}
