package com.trustpay.sandbox.setu.pay;

import com.trustpay.sandbox.common.TestVpa;
import com.trustpay.sandbox.setu.collect.CollectStore;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.Validate;
import com.trustpay.sandbox.setu.dqr.DqrStore;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/merchants/pay}. A payment parked in {@code pending} on the instance is settled by this call;
 * otherwise a new attempt opens and settles after the payer delay.
 */
@RestController
class MockPayController {

    private final CollectStore collects;
    private final DqrStore dqrs;
    private final PayerSimulator payer;

    MockPayController(CollectStore collects, DqrStore dqrs, PayerSimulator payer) {
        this.collects = collects;
        this.dqrs = dqrs;
        this.payer = payer;
    }

    @PostMapping("/api/v1/merchants/pay")
    MockPayResponse pay(@RequestHeader("merchantId") String merchantId, @RequestBody MockPayRequest r) {
        String refId = Validate.required(r.refId(), "refId");
        String payerVpa = Validate.customerVpa(r.payerVpa(), "payerVpa");
        Validate.customerVpa(r.payeeVpa(), "payeeVpa");
        ProductInstance instance = dqrs.find(refId)
                .or(() -> collects.find(refId))
                .filter(i -> i.merchantId().equals(merchantId))
                .orElseThrow(() -> SetuException.notFound("product instance"));
        if (!instance.merchantVpa().equalsIgnoreCase(r.payeeVpa())) {
            throw SetuException.badRequest("payeeVpa does not match the product instance");
        }
        if (!instance.acceptsPayment()) {
            throw SetuException.badRequest("product instance is not active");
        }
        long amount = instance.payableAmount(r.amount());
        Optional<Payment> parked = payer.parked(instance);
        if (parked.isPresent()) {
            payer.settle(parked.get(), payerVpa, r.payerRespCode());
            return new MockPayResponse(
                    instance.id(), parked.get().id(), parked.get().status().wire());
        }
        if (TestVpa.of(payerVpa) == TestVpa.EXPIRE
                && (r.payerRespCode() == null || r.payerRespCode().isBlank())) {
            return new MockPayResponse(instance.id(), null, "no-action");
        }
        Payment payment = payer.attempt(instance, payerVpa, amount, r.payerRespCode());
        return new MockPayResponse(instance.id(), payment.id(), payment.status().wire());
    }
}
