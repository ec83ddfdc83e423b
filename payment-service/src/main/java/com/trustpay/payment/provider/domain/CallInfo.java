package com.trustpay.payment.provider.domain;

/**
 * A summary of one provider call, for the audit log.
 *
 * @param httpStatus the final HTTP status, or 0 when no answer came
 * @param millis how long the call took, retries included
 */
public record CallInfo(String provider, String operation, int httpStatus, long millis) {

    public String describe() {
        return provider + " " + operation + " -> " + (httpStatus == 0 ? "no answer" : httpStatus) + " in " + millis
                + " ms";
    }
}
