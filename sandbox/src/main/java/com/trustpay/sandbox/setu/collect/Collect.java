package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.setu.common.Reason;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuTime;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.PaymentView;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import java.time.Instant;
import java.util.Map;

/** A collect request. Thread-safe; {@code active} moves once to {@code paid} or {@code closed}. */
class Collect implements ProductInstance {

    private final String id = Ids.ulid();
    private final String refId = Ids.digits(19);
    private final String merchantId;
    private final long amount;
    private final String customerVpa;
    private final String merchantVpa;
    private final int expireAfter;
    private final String referenceId;
    private final String transactionNote;
    private final Map<String, String> metadata;
    private final String createdAt = SetuTime.format(Instant.now());
    private String status = "active";
    private String closedAt;
    private Reason reason = Reason.EMPTY;

    Collect(
            String merchantId,
            long amount,
            String customerVpa,
            String merchantVpa,
            int expireAfter,
            String referenceId,
            String transactionNote,
            Map<String, String> metadata) {
        this.merchantId = merchantId;
        this.amount = amount;
        this.customerVpa = customerVpa;
        this.merchantVpa = merchantVpa;
        this.expireAfter = expireAfter;
        this.referenceId = referenceId;
        this.transactionNote = transactionNote;
        this.metadata = metadata;
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
    public String id() {
        return id;
    }

    @Override
    public String merchantId() {
        return merchantId;
    }

    @Override
    public String refId() {
        return refId;
    }

    @Override
    public String productInstanceType() {
        return "collect";
    }

    @Override
    public String txnType() {
        return "collect";
    }

    @Override
    public String merchantVpa() {
        return merchantVpa;
    }

    @Override
    public String referenceId() {
        return referenceId;
    }

    @Override
    public String transactionNote() {
        return transactionNote;
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public long payableAmount(Long offered) {
        if (offered != null && offered != amount) {
            throw SetuException.badRequest("amount must equal the collect amount");
        }
        return amount;
    }

    @Override
    public synchronized boolean acceptsPayment() {
        return "active".equals(status);
    }

    @Override
    public synchronized boolean paid(Payment payment) {
        if (!acceptsPayment()) {
            return false;
        }
        status = "paid";
        return true;
    }

    /** A UPI collect is single-use: a terminal failure closes it with the payment's reason. */
    @Override
    public void paymentFailed(Payment payment) {
        close(payment.view().reason());
    }

    /** Closes an active collect; false if it was already paid or closed. */
    synchronized boolean close(Reason why) {
        if (!acceptsPayment()) {
            return false;
        }
        status = "closed";
        closedAt = SetuTime.format(Instant.now());
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
                id,
                merchantId,
                amount,
                customerVpa,
                merchantVpa,
                expireAfter,
                referenceId,
                refId,
                status,
                transactionNote,
                metadata,
                createdAt,
                closedAt,
                reason,
                details);
    }
}
