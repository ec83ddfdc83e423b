package com.trustpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message payment-service consumes reads from its golden JSON into the record. */
class ConsumedContractsTest {

    static Stream<Class<? extends Message>> consumed() {
        return Stream.of(
                RequestPayment.class,
                CheckPaymentStatus.class,
                ReleaseFunds.class,
                RefundPayment.class,
                CancelPaymentRequest.class,
                ProviderWebhookReceived.class);
    }

    @ParameterizedTest
    @MethodSource("consumed")
    void goldenJsonReadsIntoTheRecord(Class<? extends Message> type) throws Exception {
        try (InputStream golden = getClass().getResourceAsStream("/golden/" + type.getSimpleName() + ".json")) {
            assertThat(golden).as("golden file of " + type.getSimpleName()).isNotNull();
            Message message = WireJson.mapper().readValue(golden, type);

            assertThat(message).isInstanceOf(type);
            assertThat(message.key()).isNotBlank();
        }
    }
}
