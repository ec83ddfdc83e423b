package com.trustpay.sandbox.admin;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.PaymentStore;
import com.trustpay.sandbox.setu.payments.PaymentView;
import com.trustpay.sandbox.setu.refunds.RefundService;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists Setu state, resets everything, and reads or changes the speed factor. Refund knobs: {@code PUT
 * /sandbox/refunds/fail-next} makes the next refunds fail when they resolve, {@code POST
 * /sandbox/refunds/{id}/credit-late} credits a failed refund late (it reads success, {@code refund.successful} is
 * notified): the bank paid after all.
 */
@RestController
class SandboxAdminController {

    /** Every payment. */
    record AllPayments(List<PaymentView> payments) {}

    /** Every refund. */
    record AllRefunds(Collection<?> refunds) {}

    /** How many of the next refunds fail. */
    record FailNext(int count) {}

    /** A refund credited late, or why not. */
    record LateCredit(String id, String status) {}

    /** The virtual clock's speed factor. */
    record Speed(double speed) {}

    private final PaymentStore payments;
    private final RefundService refunds;
    private final List<Resettable> state;
    private final VirtualClock clock;

    SandboxAdminController(PaymentStore payments, RefundService refunds, List<Resettable> state, VirtualClock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.state = state;
        this.clock = clock;
    }

    @GetMapping("/sandbox/payments")
    AllPayments payments() {
        return new AllPayments(payments.all().stream()
                .map(Payment::view)
                .sorted(Comparator.comparing(PaymentView::createdAt).thenComparing(PaymentView::id))
                .toList());
    }

    @GetMapping("/sandbox/refunds")
    AllRefunds refunds() {
        return new AllRefunds(refunds.all());
    }

    /**
     * Forgets every pending timer first, so that none fires into half-cleared state, then resets every
     * {@link Resettable}: all stores, the delivery log, the faults and the webhook targets.
     */
    @PutMapping("/sandbox/refunds/fail-next")
    FailNext failNextRefunds(@RequestBody FailNext request) {
        refunds.failNext(request.count());
        return new FailNext(refunds.pendingFailures());
    }

    @PostMapping("/sandbox/refunds/{id}/credit-late")
    ResponseEntity<LateCredit> creditLate(@PathVariable String id) {
        return refunds.creditLate(id)
                .map(credited -> credited
                        ? ResponseEntity.ok(new LateCredit(id, "success"))
                        : ResponseEntity.status(409).body(new LateCredit(id, "not failed: nothing credited")))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/sandbox/reset")
    ResponseEntity<Void> reset() {
        clock.reset();
        state.forEach(Resettable::reset);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sandbox/clock")
    Speed speed() {
        return new Speed(clock.speed());
    }

    @PutMapping("/sandbox/clock")
    Speed setSpeed(@RequestBody Speed speed) {
        clock.setSpeed(speed.speed());
        return speed();
    }
}
