package com.trustpay.sandbox.setu.payments;

/**
 * A kind of product instance, as Setu's payments name it.
 *
 * @param productInstanceType {@code productInstanceType} on payment notifications
 * @param txnType {@code txnType} on payment notifications
 */
public record InstanceKind(String productInstanceType, String txnType) {

    public static final InstanceKind COLLECT = new InstanceKind("collect", "collect");

    /** A Dynamic QR or payment link. */
    public static final InstanceKind DYNAMIC_QR = new InstanceKind("pay_single", "pay");
}
