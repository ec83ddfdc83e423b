package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.TestVpa;
import com.trustpay.sandbox.setu.common.Reason;
import com.trustpay.sandbox.setu.common.SetuNotifier;
import java.time.Duration;
import java.util.Optional;

/**
 * Plays the payer: opens a payment attempt and, after the payer delay, settles it as the payer VPA dictates
 * ({@code success@} pays, {@code fail@}/{@code failure@} and {@code invalid@} fail, {@code pending@} parks the
 * payment in {@code pending}). A non-empty NPCI code other than {@code 00} forces a failure with that code.
 */
public class PayerSimulator {

    private static final Reason PAYEE_CLOSED =
            Reason.npci("unable-to-fulfill-request", "YG", "MERCHANT ERROR (PAYEE PSP)", "BD");

    private final PaymentStore store;
    private final SetuNotifier notifier;
    private final VirtualClock clock;
    private final Duration payerDelay;

    public PayerSimulator(PaymentStore store, SetuNotifier notifier, VirtualClock clock, Duration payerDelay) {
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
        this.payerDelay = payerDelay;
    }

    /** Opens an {@code initiated} payment (notified at once) and schedules its outcome. */
    public Payment attempt(ProductInstance instance, String payerVpa, long amount, String forcedCode) {
        Payment payment = new Payment(instance, amount, payerVpa);
        store.add(payment);
        notify(payment, PaymentStatus.INITIATED);
        clock.schedule(payerDelay, () -> settle(payment, payerVpa, forcedCode));
        return payment;
    }

    /**
     * Opens a payment that a success VPA settles {@code success} whatever the instance's state (closed, already paid)
     * and whatever the amount: the bank's late or double credit that the merchant must still notice and return.
     */
    public Payment attemptForced(ProductInstance instance, String payerVpa, long amount) {
        Payment payment = new Payment(instance, amount, payerVpa);
        payment.force();
        store.add(payment);
        notify(payment, PaymentStatus.INITIATED);
        clock.schedule(payerDelay, () -> settle(payment, payerVpa, null));
        return payment;
    }

    /** A payment on the instance that is parked in {@code pending}, if any. */
    public Optional<Payment> parked(ProductInstance instance) {
        return store.forInstance(instance.id()).stream()
                .filter(p -> p.status() == PaymentStatus.PENDING)
                .findFirst();
    }

    /** Settles a payment now as {@code payerVpa} and {@code forcedCode} dictate. */
    public void settle(Payment payment, String payerVpa, String forcedCode) {
        if (forcedCode != null && !forcedCode.isBlank() && !"00".equals(forcedCode)) {
            fail(payment, Reason.forced(forcedCode));
            return;
        }
        switch (TestVpa.of(payerVpa)) {
            case FAILURE -> fail(payment, Reason.DEBIT_FAILED);
            case INVALID -> fail(payment, Reason.INVALID_VPA);
            case PENDING -> {
                if (payment.moveTo(PaymentStatus.PENDING, Reason.PENDING)) {
                    notify(payment, PaymentStatus.PENDING);
                }
            }
            default -> succeed(payment);
        }
    }

    /** Fails every unsettled payment on the instance with the expiry reason. */
    public void expireOpen(ProductInstance instance) {
        store.forInstance(instance.id()).forEach(p -> fail(p, Reason.EXPIRED));
    }

    private void succeed(Payment payment) {
        ProductInstance instance = payment.instance();
        if (payment.forced()) {
            instance.paid(payment);
        } else if (!instance.acceptsPayment() || !instance.paid(payment)) {
            fail(payment, PAYEE_CLOSED);
            return;
        }
        if (payment.moveTo(PaymentStatus.SUCCESS, Reason.SUCCESS)) {
            notify(payment, PaymentStatus.SUCCESS);
        }
    }

    private void fail(Payment payment, Reason reason) {
        if (payment.moveTo(PaymentStatus.FAILED, reason)) {
            notify(payment, PaymentStatus.FAILED);
            payment.instance().paymentFailed(payment);
        }
    }

    private void notify(Payment payment, PaymentStatus status) {
        notifier.notify("payment", status.wire(), status.wire(), payment.notificationFields());
    }
}
