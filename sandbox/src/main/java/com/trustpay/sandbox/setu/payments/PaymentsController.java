package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.setu.common.SetuException;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Setu payment read APIs (PROVIDERS.md 1.6); another merchant's payment is a 404. */
@RestController
class PaymentsController {

    /** {@code {"payments": [...]}}. */
    record PaymentHistory(List<PaymentView> payments) {}

    private final PaymentStore store;

    PaymentsController(PaymentStore store) {
        this.store = store;
    }

    @GetMapping("/api/v1/merchants/payments/{id}")
    PaymentView byId(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return store.byId(id)
                .filter(p -> p.instance().merchantId().equals(merchantId))
                .map(Payment::view)
                .orElseThrow(() -> SetuException.notFound("payment"));
    }

    @GetMapping("/api/v1/merchants/payments/product-instances/{id}/last")
    PaymentView last(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        List<PaymentView> history = history(merchantId, id).payments();
        if (history.isEmpty()) {
            throw SetuException.notFound("payment");
        }
        return history.getLast();
    }

    @GetMapping("/api/v1/merchants/payments/product-instances/{id}/history")
    PaymentHistory history(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return new PaymentHistory(store.forInstance(id).stream()
                .filter(p -> p.instance().merchantId().equals(merchantId))
                .map(Payment::view)
                .sorted(Comparator.comparing(PaymentView::createdAt))
                .toList());
    }
}
