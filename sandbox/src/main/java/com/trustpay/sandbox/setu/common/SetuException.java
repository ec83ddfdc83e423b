package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.common.ProviderException;
import org.springframework.http.HttpStatus;

/** A Setu API error; rendered as {@link SetuError} with the given HTTP status. */
public class SetuException extends ProviderException {

    private final String code;

    public SetuException(HttpStatus status, String code, String detail) {
        super(status, detail);
        this.code = code;
    }

    public static SetuException badRequest(String detail) {
        return new SetuException(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    public static SetuException notFound(String what) {
        return new SetuException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    @Override
    public SetuError body() {
        return new SetuError(code, getMessage(), "");
    }
}
