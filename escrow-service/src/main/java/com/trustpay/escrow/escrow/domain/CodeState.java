package com.trustpay.escrow.escrow.domain;

/** Whether an escrow's join code can still be used, and if not why: each reason has its own problem code. */
public enum CodeState {
    USABLE,
    /** Older than its time to live, or the escrow already expired. */
    EXPIRED,
    /** The escrow was cancelled (before or after someone joined). */
    CANCELLED,
    /** Someone joined with it. */
    USED
}
