package com.trustpay.sandbox.setu.refunds;

/** Sandbox mock body: {@code {"mockStatus": "success|failed", "errCode": "AA1"}}. */
record MockRefundStatusRequest(String mockStatus, String errCode) {}
