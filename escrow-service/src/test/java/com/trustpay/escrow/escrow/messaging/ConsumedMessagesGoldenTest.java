package com.trustpay.escrow.escrow.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.testsupport.contracts.ConsumedMessagesContract;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Every message escrow-service consumes (payment.events, payout.events) decodes from its golden example. */
class ConsumedMessagesGoldenTest extends ConsumedMessagesContract {

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Override
    protected Collection<Class<? extends Message>> consumed() {
        return List.of(
                PaymentRequested.class,
                PaymentSucceeded.class,
                PaymentFailed.class,
                PaymentExpired.class,
                PaymentReturned.class,
                RefundInitiated.class,
                RefundSucceeded.class,
                RefundFailed.class,
                PayoutInitiated.class,
                PayoutRetryScheduled.class,
                PayoutSucceeded.class,
                PayoutReversed.class,
                PayoutFailed.class);
    }

    @Override
    protected Message decode(byte[] envelope) {
        return codec.decode(envelope).payload();
    }
}
