package com.trustpay.payment.inbound.messaging;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.testsupport.contracts.ConsumedMessagesContract;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Every message payment-service consumes (escrow.commands, provider.webhooks) decodes from its golden example. */
class ConsumedMessagesGoldenTest extends ConsumedMessagesContract {

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Override
    protected Collection<Class<? extends Message>> consumed() {
        return List.of(
                RequestPayment.class,
                CheckPaymentStatus.class,
                ReleaseFunds.class,
                RefundPayment.class,
                CancelPaymentRequest.class,
                ProviderWebhookReceived.class);
    }

    @Override
    protected Message decode(byte[] envelope) {
        return codec.decode(envelope).payload();
    }
}
