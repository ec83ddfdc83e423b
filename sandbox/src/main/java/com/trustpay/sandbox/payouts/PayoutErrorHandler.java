package com.trustpay.sandbox.payouts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders payout errors in Razorpay's shape. */
@RestControllerAdvice(basePackageClasses = PayoutErrorHandler.class)
class PayoutErrorHandler {

    @ExceptionHandler(PayoutException.class)
    ResponseEntity<RazorpayError> payout(PayoutException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<RazorpayError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(RazorpayError.badRequest("The request body is not valid JSON of the expected shape", null));
    }
}
