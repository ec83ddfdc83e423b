package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.common.ProviderException;
import org.springframework.http.HttpStatus;

/** A RazorpayX API error with its HTTP status. */
class PayoutException extends ProviderException {

    private final RazorpayError body;

    PayoutException(HttpStatus status, RazorpayError body) {
        super(status, body.error().description());
        this.body = body;
    }

    static PayoutException badRequest(String description, String field) {
        return new PayoutException(HttpStatus.BAD_REQUEST, RazorpayError.badRequest(description, field));
    }

    /** The 400 for a body that is not JSON, or not of the payout request's shape. */
    static PayoutException unreadableBody() {
        return badRequest("The request body is not valid JSON of the expected shape", null);
    }

    @Override
    public RazorpayError body() {
        return body;
    }
}
