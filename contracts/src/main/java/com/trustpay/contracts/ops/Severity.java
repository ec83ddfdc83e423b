package com.trustpay.contracts.ops;

/** How urgently an operator must look. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
