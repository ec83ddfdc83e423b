package com.trustpay.sandbox.webhooks;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or a retry. */
    PENDING,
    /** A 2xx answer was received. */
    DELIVERED,
    /** Every attempt failed; no more retries. */
    FAILED,
    /** Dropped by fault injection; never sent. */
    DROPPED
}
