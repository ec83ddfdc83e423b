package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.common.ProviderErrorHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders every Setu-side error in Setu's error shape. */
@RestControllerAdvice(basePackages = "com.trustpay.sandbox.setu")
class SetuErrorHandler extends ProviderErrorHandler {

    @Override
    protected SetuError unreadableBody() {
        return SetuException.badRequest("malformed request body").body();
    }
}
