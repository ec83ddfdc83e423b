package com.trustpay.sandbox.faults;

/**
 * Faults for the provider endpoints whose key matches.
 *
 * @param latencyMs real milliseconds added before the request is handled
 * @param errorRate fraction (0..1) of requests refused with a 5xx before anything is done
 * @param timeoutRate fraction (0..1) of requests that are carried out but answered only after
 *     {@link Faults#timeoutMs()}, with a 504: the caller cannot know the outcome
 */
public record EndpointFault(long latencyMs, double errorRate, double timeoutRate) {}
