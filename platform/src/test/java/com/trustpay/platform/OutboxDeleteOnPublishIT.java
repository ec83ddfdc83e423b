package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code trustpay.outbox.retention=0}: each row is deleted as it is published, and nothing else changes. */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "trustpay.outbox.retention=0")
@RealInfrastructure
class OutboxDeleteOnPublishIT {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicNames topics;

    @Autowired
    EnvelopeCodec codec;

    @Test
    void publishedRowsAreDeletedAndTheMessagesArriveInOrder() {
        UUID escrow = UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            int n = attempt;
            tx.executeWithoutResult(s -> outbox.publish(new PaymentAwaited(escrow, n)));
        }

        try (TopicRecorder recorder =
                TopicRecorder.fromStart(TestKafka.instance().bootstrapServers(), topics.of(Topics.ESCROW_EVENTS))) {
            List<Recorded> records = recorder.awaitAll(r ->
                    r.stream().filter(x -> escrow.toString().equals(x.key())).count() >= 5);
            List<Integer> attempts = records.stream()
                    .filter(x -> escrow.toString().equals(x.key()))
                    .map(x -> codec.decode(x.value())
                            .payloadAs(PaymentAwaited.class)
                            .attempt())
                    .toList();
            assertThat(attempts).containsExactly(1, 2, 3, 4, 5);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM outbox_message WHERE message_key = ?",
                                Integer.class,
                                escrow.toString())
                        == 0);
    }
}
