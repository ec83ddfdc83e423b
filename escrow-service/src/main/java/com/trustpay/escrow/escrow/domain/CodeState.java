package com.trustpay.escrow.escrow.domain;

/** Whether an escrow's join code can still be used. */
public enum CodeState {
    USABLE,
    /** Older than its time to live, or the escrow already expired. */
    EXPIRED,
    /** Joined, or the escrow was cancelled. */
    USED
}
