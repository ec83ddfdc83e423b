package com.trustpay.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.contracts.GoldenMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TopicRecorderIT {

    private final String bootstrap = TestKafka.instance().bootstrapServers();
    private final String topic = TestKafka.uniquePrefix() + "escrow.events";
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void fromStartSeesWhatWasPublishedBeforeAndDecodesIt() throws Exception {
        UUID escrow = GoldenMessages.sample(FundsHeld.class).escrowId();
        send(escrow.toString(), GoldenMessages.envelopeOf(FundsHeld.class, null));

        try (TopicRecorder recorder = TopicRecorder.fromStart(bootstrap, topic)) {
            FundsHeld held = recorder.await(FundsHeld.class, escrow);

            assertThat(held).isEqualTo(GoldenMessages.sample(FundsHeld.class));
            assertThat(recorder.typesOf(escrow)).containsExactly("FundsHeld");
            assertThat(recorder.records().getFirst().key()).isEqualTo(escrow.toString());
        }
    }

    @Test
    void fromNowSeesOnlyWhatIsPublishedAfterIt() throws Exception {
        String before = UUID.randomUUID().toString();
        send(before, "before".getBytes(StandardCharsets.UTF_8));

        try (TopicRecorder recorder = TopicRecorder.fromNow(bootstrap, topic)) {
            send("after", "after".getBytes(StandardCharsets.UTF_8));

            Recorded after = recorder.await(r -> "after".equals(r.key()));

            assertThat(after.text()).isEqualTo("after");
            assertThat(after.isMessage()).isFalse();
            assertThat(recorder.records()).extracting(Recorded::key).doesNotContain(before);
        }
    }

    @Test
    void aTopicCreatedAfterTheRecorderIsReadFromItsBeginning() throws Exception {
        try (TopicRecorder recorder = TopicRecorder.fromNow(bootstrap, topic)) {
            UUID escrow = UUID.randomUUID();
            send(escrow.toString(), envelope(new PaymentAwaited(escrow, 1)));
            send(escrow.toString(), envelope(new PaymentAwaited(escrow, 2)));

            List<PaymentAwaited> awaited = recorder.await(PaymentAwaited.class, escrow, 2);

            assertThat(awaited).extracting(PaymentAwaited::attempt).containsExactly(1, 2);
            assertThat(recorder.messages(PaymentAwaited.class, UUID.randomUUID()))
                    .isEmpty();
        }
    }

    @Test
    void aWaitThatRunsOutFailsTheTestAndSaysWhatWasSeen() throws Exception {
        send("other", "not an envelope".getBytes(StandardCharsets.UTF_8));

        try (TopicRecorder recorder = TopicRecorder.fromStart(bootstrap, topic).waitingAtMost(Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> recorder.await(FundsHeld.class, UUID.randomUUID()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(topic)
                    .hasMessageContaining("not an envelope");
        }
    }

    private static byte[] envelope(PaymentAwaited message) {
        JsonMapper json = WireJson.mapper();
        return json.writeValueAsBytes(new Envelope(
                UUID.randomUUID(),
                "PaymentAwaited",
                1,
                OffsetDateTime.now(),
                message.escrowId(),
                UUID.randomUUID(),
                null,
                json.valueToTree(message)));
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
}
