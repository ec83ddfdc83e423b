package com.trustpay.payment.routing.domain;

/** A provider's health as its circuit breaker sees it. */
public enum Health {
    /** Calls succeed (breaker closed): it takes new attempts. */
    UP,
    /** Too many calls failed (breaker open): no new attempts until probes show it back. */
    DOWN,
    /** Being probed after an outage (breaker half open): no new attempts yet, the probes decide. */
    PROBING
}
