package com.trustpay.sandbox.faults;

/**
 * Faults for the provider endpoints whose key matches.
 *
 * @param latencyMs real milliseconds added before the request is handled
 * @param errorRate fraction (0..1) of requests refused with a 5xx before anything is done
 * @param timeoutRate fraction (0..1) of requests that are carried out but answered only after
 *     {@link Faults#timeoutMs()}, with a 504: the caller cannot know the outcome
 * @param errorStatus the HTTP status of an {@code errorRate} refusal: 500 when unset, or e.g. 400, 401, 408, 409
 *     to play a provider that answers a request (a re-send, say) with a 4xx although nothing was done
 */
public record EndpointFault(long latencyMs, double errorRate, double timeoutRate, int errorStatus) {

    public EndpointFault(long latencyMs, double errorRate, double timeoutRate) {
        this(latencyMs, errorRate, timeoutRate, 0);
    }

    /** The status of an injected refusal. */
    public int refusalStatus() {
        return errorStatus >= 400 && errorStatus <= 599 ? errorStatus : 500;
    }
}
