package com.trustpay.sandbox.setu.vpa;

/** Verify body; {@code merchantReferenceId} is the guide spelling of {@code referenceId}. */
record VerifyVpaRequest(String customerVpa, String referenceId, String merchantReferenceId) {}
