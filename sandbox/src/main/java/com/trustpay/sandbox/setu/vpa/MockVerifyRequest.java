package com.trustpay.sandbox.setu.vpa;

/** Sandbox mock body: {@code {"id", "status": "valid|invalid|failed|pending"}}. */
record MockVerifyRequest(String id, String status) {}
