package com.trustpay.sandbox.payouts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sandbox/payouts}: every payout, plus how many are {@code processed} per {@code reference_id};
 * {@code PUT /sandbox/payouts/fail-next}: make the next payouts fail whatever their VPA.
 */
@RestController
class PayoutsAdminController {

    /** All payouts and the processed count per reference id. */
    record AllPayouts(List<PayoutView> payouts, Map<String, Long> processedByReferenceId) {}

    /** How many of the next payouts fail. */
    record FailNext(int count) {}

    private final PayoutService service;

    PayoutsAdminController(PayoutService service) {
        this.service = service;
    }

    @GetMapping("/sandbox/payouts")
    AllPayouts all() {
        List<PayoutView> payouts = service.all().stream()
                .map(Payout::view)
                .sorted(Comparator.comparingLong(PayoutView::createdAt).thenComparing(PayoutView::id))
                .toList();
        Map<String, Long> processed = new TreeMap<>();
        payouts.stream()
                .filter(p -> "processed".equals(p.status()) && p.referenceId() != null)
                .forEach(p -> processed.merge(p.referenceId(), 1L, Long::sum));
        return new AllPayouts(payouts, processed);
    }

    @PutMapping("/sandbox/payouts/fail-next")
    FailNext failNext(@RequestBody FailNext request) {
        service.failNext(request.count());
        return new FailNext(service.pendingFailures());
    }
}
