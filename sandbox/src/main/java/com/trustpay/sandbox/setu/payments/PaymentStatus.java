package com.trustpay.sandbox.setu.payments;

import java.util.Locale;

/** Setu payment status; serialised lower-case. */
public enum PaymentStatus {
    INITIATED,
    PENDING,
    SUCCESS,
    FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean terminal() {
        return this == SUCCESS || this == FAILED;
    }
}
