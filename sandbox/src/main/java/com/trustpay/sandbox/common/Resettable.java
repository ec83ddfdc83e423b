package com.trustpay.sandbox.common;

/** In-memory state that {@code POST /sandbox/reset} clears. */
public interface Resettable {

    void reset();
}
