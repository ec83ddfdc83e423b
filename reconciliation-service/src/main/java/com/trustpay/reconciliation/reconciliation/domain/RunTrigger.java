package com.trustpay.reconciliation.reconciliation.domain;

/** Why a run ran. */
public enum RunTrigger {
    /** {@code POST /api/admin/reconciliation/runs}. */
    MANUAL,
    /** The rolling window, every 15 minutes by default. */
    ROLLING,
    /** The previous day in India Standard Time. */
    DAILY
}
