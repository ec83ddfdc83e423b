package com.trustpay.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import java.util.Collection;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A consumer's golden-message test: the subclass names the message types its service consumes and decodes an
 * envelope the way the service does; each golden message, in the golden envelope, must decode to exactly the record
 * the contracts hold for it, also when a later producer has added a field.
 *
 * <pre>{@code
 * class ConsumedMessagesGoldenTest extends ConsumedMessagesContract {
 *     protected Collection<Class<? extends Message>> consumed() { return List.of(PaymentSucceeded.class, ...); }
 *     protected Message decode(byte[] envelope) { return codec.decode(envelope).payload(); }
 * }
 * }</pre>
 */
public abstract class ConsumedMessagesContract {

    /** The message types the service consumes. */
    protected abstract Collection<Class<? extends Message>> consumed();

    /** Decodes one Kafka record value with the service's own decoder and returns the message in it. */
    protected abstract Message decode(byte[] envelope);

    @Test
    public void theServiceConsumesWireMessages() {
        assertThat(consumed()).as("consumed types").isNotEmpty().doesNotHaveDuplicates();
        consumed().forEach(type -> assertThat(MessageCatalog.all())
                .as("%s is in the message catalog", type.getName())
                .anySatisfy(entry -> assertThat(entry.javaType()).isEqualTo(type)));
    }

    @TestFactory
    public Stream<DynamicTest> eachConsumedGoldenMessageDecodesToItsRecord() {
        return consumed().stream()
                .map(type -> DynamicTest.dynamicTest(
                        type.getSimpleName(), () -> assertThat(decode(GoldenMessages.envelopeOf(type, null)))
                                .isInstanceOf(type)
                                .isEqualTo(GoldenMessages.sample(type))));
    }

    @TestFactory
    public Stream<DynamicTest> eachConsumedMessageStillDecodesWithAFieldAddedLater() {
        return consumed().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> assertThat(
                                decode(GoldenMessages.envelopeOf(type, "fieldAddedLater")))
                        .isEqualTo(GoldenMessages.sample(type))));
    }
}
