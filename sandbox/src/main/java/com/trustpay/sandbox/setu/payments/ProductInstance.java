package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.setu.common.SetuResource;
import com.trustpay.sandbox.setu.common.SetuTime;
import java.time.Instant;

/**
 * A collect or Dynamic QR that payments are made against. Thread-safe; its status moves once, from
 * {@code active} to {@code paid} or {@code closed}.
 */
public abstract class ProductInstance extends SetuResource {

    private final InstanceKind kind;
    private final String refId;
    private final PaymentTerms terms;
    private String status = "active";
    private String closedAt;

    protected ProductInstance(InstanceKind kind, String merchantId, String refId, PaymentTerms terms) {
        super(merchantId);
        this.kind = kind;
        this.refId = refId;
        this.terms = terms;
    }

    public final InstanceKind kind() {
        return kind;
    }

    /** NPCI {@code Txn.refId} ({@code tr} in intent links). */
    public final String refId() {
        return refId;
    }

    /** What the instance's payments echo. */
    public final PaymentTerms terms() {
        return terms;
    }

    /** The amount a payer pays when offering {@code offered} (null: the instance's amount); 400 if not allowed. */
    public abstract long payableAmount(Long offered);

    /** Called when a payment on this instance fails. */
    public abstract void paymentFailed(Payment payment);

    /** Whether a payment may still complete against this instance. */
    public final synchronized boolean acceptsPayment() {
        return "active".equals(status);
    }

    /** Called once when a payment on this instance succeeds; false if the instance could not take it. */
    public final synchronized boolean paid(Payment payment) {
        if (!acceptsPayment()) {
            return false;
        }
        status = "paid";
        return true;
    }

    /** {@code active}, {@code paid} or {@code closed}. */
    public final synchronized String status() {
        return status;
    }

    /** When it was closed, or null. */
    protected final synchronized String closedAt() {
        return closedAt;
    }

    /** Closes an active instance; false if it was already paid or closed. */
    protected final synchronized boolean closeIfActive() {
        if (!acceptsPayment()) {
            return false;
        }
        status = "closed";
        closedAt = SetuTime.format(Instant.now());
        return true;
    }
}
