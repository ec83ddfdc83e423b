package com.trustpay.sandbox.setu.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.trustpay.sandbox.common.Ids;

/** The token service's 401 body: {@code {status, type, message, trace_id}}. */
record LoginError(
        int status,
        String type,
        String message,
        @JsonProperty("trace_id") String traceId) {

    static LoginError unauthenticated() {
        return new LoginError(401, "", "You are not authenticated to perform the requested action.", Ids.uuid());
    }
}
