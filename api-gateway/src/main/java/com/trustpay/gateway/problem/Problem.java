package com.trustpay.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 7807 problem as the services write it: {@code type, title, status, detail} and a stable upper snake case
 * {@code code}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    /** A problem with {@code about:blank} type and the status' reason phrase as its title. */
    public static Problem of(org.springframework.http.HttpStatus status, String code, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, code, null);
    }

    /** The same problem, naming the request path it happened on. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, code, path);
    }
}
