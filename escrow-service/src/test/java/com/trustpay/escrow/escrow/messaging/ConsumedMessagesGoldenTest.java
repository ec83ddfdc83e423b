package com.trustpay.escrow.escrow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutSucceeded;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every message escrow-service consumes reads from its golden JSON into the contract record. */
class ConsumedMessagesGoldenTest {

    static final List<Class<? extends Message>> CONSUMED = List.of(
            PaymentRequested.class,
            PaymentSucceeded.class,
            PaymentFailed.class,
            PaymentExpired.class,
            RefundInitiated.class,
            RefundSucceeded.class,
            RefundFailed.class,
            PayoutInitiated.class,
            PayoutRetryScheduled.class,
            PayoutSucceeded.class,
            PayoutFailed.class);

    @ParameterizedTest
    @FieldSource("CONSUMED")
    void theGoldenExampleReadsIntoTheRecord(Class<? extends Message> type) throws Exception {
        String name = MessageCatalog.of(type).name();
        try (InputStream golden = getClass().getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(golden).as(name).isNotNull();

            Message message = WireJson.mapper().readValue(golden, type);

            assertThat(message.escrowId()).isNotNull();
            assertThat(message).hasNoNullFieldsOrPropertiesExcept("shortLink", "collectId", "utr");
        }
    }
}
