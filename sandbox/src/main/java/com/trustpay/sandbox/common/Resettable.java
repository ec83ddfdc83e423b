package com.trustpay.sandbox.common;

/**
 * In-memory state that {@code POST /sandbox/reset} clears, or puts back to its configuration. Every bean that
 * implements it is reset; nothing else has to be told about a new store.
 */
public interface Resettable {

    void reset();
}
