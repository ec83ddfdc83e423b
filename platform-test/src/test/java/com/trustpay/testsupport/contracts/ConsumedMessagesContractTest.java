package com.trustpay.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.payment.PaymentSucceeded;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The consumer base passes a decoder that reads the wire as it is, and fails one that does not. */
class ConsumedMessagesContractTest {

    private static final List<Class<? extends Message>> TYPES = List.of(PaymentSucceeded.class, FundsHeld.class);

    @Test
    void aFaithfulDecoderPassesEveryCheck() {
        Contract contract = new Contract(WireJson.mapper());

        assertThatCode(contract::theServiceConsumesWireMessages).doesNotThrowAnyException();
        assertThatCode(() -> run(contract.eachConsumedGoldenMessageDecodesToItsRecord()))
                .doesNotThrowAnyException();
        assertThatCode(() -> run(contract.eachConsumedMessageStillDecodesWithAFieldAddedLater()))
                .doesNotThrowAnyException();
    }

    @Test
    void aDecoderThatRefusesFieldsAddedLaterFails() {
        Contract strict = new Contract(WireJson.mapper()
                .rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());

        assertThatCode(() -> run(strict.eachConsumedGoldenMessageDecodesToItsRecord()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> run(strict.eachConsumedMessageStillDecodesWithAFieldAddedLater()))
                .hasMessageContaining("fieldAddedLater");
    }

    @Test
    void aDecoderThatLosesAValueFails() {
        Contract lossy = new Contract(
                WireJson.mapper(),
                message -> message instanceof FundsHeld held
                        ? new FundsHeld(held.escrowId(), held.amountPaise() + 1, held.paymentReference())
                        : message);

        assertThatThrownBy(() -> run(lossy.eachConsumedGoldenMessageDecodesToItsRecord()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("amountPaise");
    }

    private static void run(Stream<DynamicTest> tests) throws Throwable {
        for (DynamicTest test : tests.toList()) {
            test.getExecutable().execute();
        }
    }

    /** A consumer that decodes with {@code json} and then passes the message through {@code after}. */
    private static final class Contract extends ConsumedMessagesContract {

        private final JsonMapper json;
        private final Function<Message, Message> after;

        Contract(JsonMapper json) {
            this(json, Function.identity());
        }

        Contract(JsonMapper json, Function<Message, Message> after) {
            this.json = json;
            this.after = after;
        }

        @Override
        protected Collection<Class<? extends Message>> consumed() {
            return TYPES;
        }

        @Override
        protected Message decode(byte[] bytes) {
            Envelope envelope = json.readValue(bytes, Envelope.class);
            Class<? extends Message> type =
                    MessageCatalog.byName(envelope.type()).orElseThrow().javaType();
            return after.apply(json.treeToValue(envelope.payload(), type));
        }
    }
}
