package com.trustpay.sandbox.setu.payments;

import java.util.Map;

/** A collect or Dynamic QR that payments are made against. */
public interface ProductInstance {

    String id();

    String merchantId();

    /** NPCI {@code Txn.refId} ({@code tr} in intent links). */
    String refId();

    /** {@code collect} or {@code pay_single}. */
    String productInstanceType();

    /** {@code collect} or {@code pay}. */
    String txnType();

    String merchantVpa();

    String referenceId();

    String transactionNote();

    Map<String, String> metadata();

    /** The amount a payer pays when offering {@code offered} (null: the instance's amount); 400 if not allowed. */
    long payableAmount(Long offered);

    /** Whether a payment may still complete against this instance. */
    boolean acceptsPayment();

    /** Called once when a payment on this instance succeeds; false if the instance could not take it. */
    boolean paid(Payment payment);

    /** Called when a payment on this instance fails. */
    void paymentFailed(Payment payment);
}
