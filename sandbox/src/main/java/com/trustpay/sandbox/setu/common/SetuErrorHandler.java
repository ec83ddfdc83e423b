package com.trustpay.sandbox.setu.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders every Setu-side error in Setu's error shape. */
@RestControllerAdvice(basePackages = "com.trustpay.sandbox.setu")
class SetuErrorHandler {

    @ExceptionHandler(SetuException.class)
    ResponseEntity<SetuError> setu(SetuException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<SetuError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(new SetuError("bad-request", "malformed request body", ""));
    }
}
