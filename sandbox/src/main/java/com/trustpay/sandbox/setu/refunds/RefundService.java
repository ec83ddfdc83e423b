package com.trustpay.sandbox.setu.refunds;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.setu.common.MerchantResources;
import com.trustpay.sandbox.setu.common.ResourceStore;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuNotifier;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.common.Validate;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.PaymentStatus;
import com.trustpay.sandbox.setu.payments.PaymentStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates refunds within the payment amount, settles them on their own or through the mock. */
public class RefundService implements MerchantResources<CreateRefundRequest, RefundView>, Resettable {

    private final ResourceStore<Refund> refunds = new ResourceStore<>("refund");
    private final AtomicInteger failNext = new AtomicInteger();
    private final PaymentStore payments;
    private final SetuNotifier notifier;
    private final VirtualClock clock;
    private final SetuProperties props;

    RefundService(PaymentStore payments, SetuNotifier notifier, VirtualClock clock, SetuProperties props) {
        this.payments = payments;
        this.notifier = notifier;
        this.clock = clock;
        this.props = props;
    }

    @Override
    public RefundView create(String merchantId, CreateRefundRequest r) {
        Payment payment = payments.byId(Validate.required(r.paymentId(), "paymentId"))
                .filter(p -> p.instance().merchantId().equals(merchantId))
                .orElseThrow(() -> SetuException.notFound("payment"));
        if (r.amount() == null || r.amount() < 1) {
            throw SetuException.badRequest("amount must be a positive integer number of paise");
        }
        if (r.currency() != null && !"INR".equals(r.currency())) {
            throw SetuException.badRequest("currency must be INR");
        }
        Refund refund;
        synchronized (payment) {
            if (payment.status() != PaymentStatus.SUCCESS) {
                throw SetuException.badRequest("refunds are allowed only on a successful payment");
            }
            long refunded = refunds.all().stream()
                    .filter(x -> x.paymentId().equals(payment.id()) && !"failed".equals(x.status()))
                    .mapToLong(Refund::amount)
                    .sum();
            if (refunded + r.amount() > payment.amount()) {
                throw SetuException.badRequest("total refunds would exceed the payment amount");
            }
            refund = new Refund(
                    merchantId,
                    payment.id(),
                    payment.txnId(),
                    r.amount(),
                    Validate.eitherReference(r.referenceId(), r.merchantReferenceId()),
                    r.remarks(),
                    r.type() == null ? "online" : r.type(),
                    r.crn());
            refunds.add(refund);
        }
        notifier.notify("refund", "pending", "pending", refund.notificationFields());
        if (!props.refundAutoResolve().isZero()) {
            boolean success = failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) == 0;
            clock.schedule(props.refundAutoResolve(), () -> settle(refund, success, null));
        }
        return refund.view(false);
    }

    @Override
    public RefundView fetch(String merchantId, String id) {
        return refunds.owned(merchantId, id).view(false);
    }

    List<RefundView> forPaymentTxn(String merchantId, String paymentTxnId) {
        return refunds.all().stream()
                .filter(x ->
                        x.merchantId().equals(merchantId) && x.paymentTxnId().equals(paymentTxnId))
                .map(x -> x.view(true))
                .toList();
    }

    RefundView mock(String merchantId, String id, MockRefundStatusRequest r) {
        Refund refund = refunds.owned(merchantId, id);
        if (r.mockStatus() == null || !List.of("success", "failed").contains(r.mockStatus())) {
            throw SetuException.badRequest("mockStatus must be success or failed");
        }
        if (!settle(refund, "success".equals(r.mockStatus()), r.errCode())) {
            throw SetuException.badRequest("refund is already " + refund.status());
        }
        return refund.view(false);
    }

    /** The next {@code count} refunds created fail when they resolve on their own, instead of succeeding. */
    public void failNext(int count) {
        failNext.set(Math.max(0, count));
    }

    public int pendingFailures() {
        return failNext.get();
    }

    /**
     * Credits a failed refund late (the bank paid after all): it reads {@code success} from now on and
     * {@code refund.successful} is notified. Empty if there is no such refund; false if it was not failed.
     */
    public Optional<Boolean> creditLate(String id) {
        return refunds.byId(id).map(refund -> {
            boolean credited = refund.creditLate();
            if (credited) {
                notifier.notify("refund", "successful", "success", refund.notificationFields());
            }
            return credited;
        });
    }

    public Collection<RefundView> all() {
        return refunds.all().stream().map(x -> x.view(true)).toList();
    }

    @Override
    public void reset() {
        failNext.set(0);
        refunds.reset();
    }

    private boolean settle(Refund refund, boolean success, String errCode) {
        if (!refund.settle(success, errCode)) {
            return false;
        }
        if (success) {
            notifier.notify("refund", "successful", "success", refund.notificationFields());
        } else if (props.emitRefundFailed()) {
            notifier.notify("refund", "failed", "failed", refund.notificationFields());
        }
        return true;
    }
}
