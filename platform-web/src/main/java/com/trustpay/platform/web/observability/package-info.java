/**
 * One escrow is one trace (ADR 0015): the tracing, export and log-format defaults every service gets ({@link
 * com.trustpay.platform.web.observability.ObservabilityDefaults}) and the {@code escrowId} put in the logging MDC
 * for a request on an escrow ({@link com.trustpay.platform.web.observability.EscrowIdMdcFilter}).
 */
package com.trustpay.platform.web.observability;
