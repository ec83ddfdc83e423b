package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.setu.common.Reason;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.payments.InstanceKind;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.PaymentTerms;
import com.trustpay.sandbox.setu.payments.PaymentView;
import com.trustpay.sandbox.setu.payments.ProductInstance;

/** A collect request. Thread-safe; {@code active} moves once to {@code paid} or {@code closed}. */
class Collect extends ProductInstance {

    private final long amount;
    private final String customerVpa;
    private final int expireAfter;
    private Reason reason = Reason.EMPTY;

    Collect(String merchantId, long amount, String customerVpa, int expireAfter, PaymentTerms terms) {
        super(InstanceKind.COLLECT, merchantId, Ids.digits(19), terms);
        this.amount = amount;
        this.customerVpa = customerVpa;
        this.expireAfter = expireAfter;
    }

    long amount() {
        return amount;
    }

    String customerVpa() {
        return customerVpa;
    }

    int expireAfter() {
        return expireAfter;
    }

    @Override
    public long payableAmount(Long offered) {
        if (offered != null && offered != amount) {
            throw SetuException.badRequest("amount must equal the collect amount");
        }
        return amount;
    }

    /** A UPI collect is single-use: a terminal failure closes it with the payment's reason. */
    @Override
    public void paymentFailed(Payment payment) {
        close(payment.view().reason());
    }

    /** Closes an active collect; false if it was already paid or closed. */
    synchronized boolean close(Reason why) {
        if (!closeIfActive()) {
            return false;
        }
        reason = why;
        return true;
    }

    synchronized CollectView view(PaymentView last) {
        CollectView.PaymentDetails details = last == null
                ? null
                : new CollectView.PaymentDetails(
                        last.id(),
                        last.status(),
                        last.customerVpa(),
                        last.customerAccountType(),
                        last.rrn(),
                        last.txnId(),
                        last.txnTs());
        return new CollectView(
                id(),
                merchantId(),
                amount,
                customerVpa,
                terms().merchantVpa(),
                expireAfter,
                terms().referenceId(),
                refId(),
                status(),
                terms().transactionNote(),
                terms().metadata(),
                createdAt(),
                closedAt(),
                reason,
                details);
    }
}
