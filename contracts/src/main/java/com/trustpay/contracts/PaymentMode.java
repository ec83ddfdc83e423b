package com.trustpay.contracts;

/** How the payer is asked to pay. */
public enum PaymentMode {
    /** Dynamic QR / UPI intent link: the primary flow (NPCI is retiring merchant collect). */
    INTENT,
    /** A UPI collect request sent to the payer's VPA: the legacy flow. */
    COLLECT
}
