package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest(classes = PlatformTestApplication.class)
@RealInfrastructure
class InboundMessagesIT {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTestApplication.PaymentListener listener;

    @Test
    void aMessageDeliveredTwiceIsAppliedOnce() throws Exception {
        UUID escrow = UUID.randomUUID();
        Envelope envelope = codec.wrap(paid(escrow));
        byte[] bytes = codec.encode(envelope);
        int before = listener.deliveries.get();

        kafka.send(topics.of(Topics.PAYMENT_EVENTS), escrow.toString(), bytes).get();
        kafka.send(topics.of(Topics.PAYMENT_EVENTS), escrow.toString(), bytes).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.deliveries.get() >= before + 2);
        assertThat(applied(escrow)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() throws Exception {
        UUID escrow = UUID.randomUUID();
        kafka.send(topics.of(Topics.PAYMENT_EVENTS), escrow.toString(), "not json".getBytes(StandardCharsets.UTF_8))
                .get();
        kafka.send(topics.of(Topics.PAYMENT_EVENTS), escrow.toString(), codec.encode(codec.wrap(paid(escrow))))
                .get();

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(escrow) == 1);
        try (TopicRecorder recorder = TopicRecorder.fromStart(
                TestKafka.instance().bootstrapServers(), topics.deadLetterOf(Topics.PAYMENT_EVENTS))) {
            Recorded poison = recorder.await(r -> escrow.toString().equals(r.key()));
            assertThat(poison.text()).isEqualTo("not json");
            assertThat(poison.isMessage()).isFalse();
            assertThat(poison.header("kafka_dlt-exception-fqcn")).isNotNull();
        }
    }

    private int applied(UUID escrow) {
        return jdbc.queryForObject("SELECT count(*) FROM applied_payment WHERE escrow_id = ?", Integer.class, escrow);
    }

    private static PaymentSucceeded paid(UUID escrow) {
        return new PaymentSucceeded(escrow, 1, "TP-1", 10_000, "pay_1", "123456789012", "a@b", Instant.now());
    }
}
