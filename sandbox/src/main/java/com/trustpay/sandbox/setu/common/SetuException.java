package com.trustpay.sandbox.setu.common;

import org.springframework.http.HttpStatus;

/** A Setu API error; rendered as {@link SetuError} with the given HTTP status. */
public class SetuException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public SetuException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public static SetuException badRequest(String detail) {
        return new SetuException(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    public static SetuException notFound(String what) {
        return new SetuException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    public HttpStatus status() {
        return status;
    }

    public SetuError body() {
        return new SetuError(code, getMessage(), "");
    }
}
