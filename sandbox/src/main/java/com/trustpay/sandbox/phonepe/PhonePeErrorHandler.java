package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.ProviderErrorHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders every PhonePe-side error in the PhonePe error shape. */
@RestControllerAdvice(basePackageClasses = PhonePeErrorHandler.class)
class PhonePeErrorHandler extends ProviderErrorHandler {

    @Override
    protected PhonePeException.Body unreadableBody() {
        return PhonePeException.badRequest("malformed request body").body();
    }
}
