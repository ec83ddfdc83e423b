package com.trustpay.sandbox.setu.refunds;

import com.trustpay.sandbox.setu.common.MerchantResourceController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Refunds under {@code /api/v1/merchants/refunds}: create (201), fetch, list by the payment's NPCI txn id, and the
 * sandbox mock status.
 */
@RestController
@RequestMapping("/api/v1/merchants/refunds")
class RefundsController extends MerchantResourceController<CreateRefundRequest, RefundView, RefundService> {

    /** {@code {"paymentTxnId": "...", "refunds": [...]}}. */
    record PaymentRefunds(String paymentTxnId, List<RefundView> refunds) {}

    RefundsController(RefundService service) {
        super(service);
    }

    @GetMapping("/{paymentTxnId}/payment")
    PaymentRefunds forPayment(@RequestHeader("merchantId") String merchantId, @PathVariable String paymentTxnId) {
        return new PaymentRefunds(paymentTxnId, resources().forPaymentTxn(merchantId, paymentTxnId));
    }

    @PutMapping("/mock/{id}/status")
    RefundView mock(
            @RequestHeader("merchantId") String merchantId,
            @PathVariable String id,
            @RequestBody MockRefundStatusRequest r) {
        return resources().mock(merchantId, id, r);
    }
}
