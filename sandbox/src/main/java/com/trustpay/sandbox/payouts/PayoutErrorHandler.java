package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.common.ProviderErrorHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders payout errors in Razorpay's shape. */
@RestControllerAdvice(basePackageClasses = PayoutErrorHandler.class)
class PayoutErrorHandler extends ProviderErrorHandler {

    @Override
    protected RazorpayError unreadableBody() {
        return PayoutException.unreadableBody().body();
    }
}
