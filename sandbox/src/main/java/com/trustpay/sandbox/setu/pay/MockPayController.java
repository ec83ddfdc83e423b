package com.trustpay.sandbox.setu.pay;

import com.trustpay.sandbox.common.TestVpa;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.Validate;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import com.trustpay.sandbox.setu.payments.ProductInstanceStore;
import java.util.List;
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

    private final List<ProductInstanceStore<?>> instances;
    private final PayerSimulator payer;

    /** @param instances a store per kind of product instance (collect, Dynamic QR) */
    MockPayController(List<ProductInstanceStore<?>> instances, PayerSimulator payer) {
        this.instances = instances;
        this.payer = payer;
    }

    @PostMapping("/api/v1/merchants/pay")
    MockPayResponse pay(@RequestHeader("merchantId") String merchantId, @RequestBody MockPayRequest r) {
        String refId = Validate.required(r.refId(), "refId");
        String payerVpa = Validate.customerVpa(r.payerVpa(), "payerVpa");
        Validate.customerVpa(r.payeeVpa(), "payeeVpa");
        ProductInstance instance = instances.stream()
                .<ProductInstance>flatMap(store -> store.find(refId).stream())
                .findFirst()
                .filter(i -> i.merchantId().equals(merchantId))
                .orElseThrow(() -> SetuException.notFound("product instance"));
        if (!instance.terms().merchantVpa().equalsIgnoreCase(r.payeeVpa())) {
            throw SetuException.badRequest("payeeVpa does not match the product instance");
        }
        if (r.forced()) {
            long amount = r.amount() != null ? r.amount() : instance.payableAmount(null);
            Payment payment = payer.attemptForced(instance, payerVpa, amount);
            return new MockPayResponse(
                    instance.id(), payment.id(), payment.status().wire());
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
