package com.trustpay.sandbox.payouts;

import org.springframework.http.HttpStatus;

/** A RazorpayX API error with its HTTP status. */
class PayoutException extends RuntimeException {

    private final HttpStatus status;
    private final RazorpayError body;

    PayoutException(HttpStatus status, RazorpayError body) {
        super(body.error().description());
        this.status = status;
        this.body = body;
    }

    static PayoutException badRequest(String description, String field) {
        return new PayoutException(HttpStatus.BAD_REQUEST, RazorpayError.badRequest(description, field));
    }

    HttpStatus status() {
        return status;
    }

    RazorpayError body() {
        return body;
    }
}
