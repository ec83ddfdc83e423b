package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.platform.PlatformTestApplication.PaymentListener;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.CuttableDatabase;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TcpForwarder;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The consumer's database goes away for 30 s while messages keep arriving (a forwarder between the DataSource and
 * PostgreSQL is cut; the shared server itself is never stopped). Nothing is lost, nothing is applied twice, nothing
 * is dead-lettered: the transient failures are retried until the database is back.
 */
@SpringBootTest(
        classes = PlatformTestApplication.class,
        properties = {
            "spring.datasource.hikari.connection-timeout=1000",
            "spring.datasource.hikari.validation-timeout=500",
            "trustpay.kafka.retry.transient-max=2s",
            // Shorter than the outage: a consumer that blocked its thread through the outage (a retry loop inside the
            // listener, say) would be thrown out of its group; pausing between attempts keeps it polling.
            "spring.kafka.consumer.properties.max.poll.interval.ms=20000"
        })
@RealInfrastructure
@CuttableDatabase
class DatabaseOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentListener listener;

    @Autowired
    TcpForwarder database;

    @Test
    void aThirtySecondDatabaseOutageUnderAConsumerLosesNothingAndAppliesNothingTwice() throws Exception {
        List<UUID> before = escrows(5);
        before.forEach(this::send);
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedOnce(before));

        database.cut();
        Instant cutAt = Instant.now();
        int deliveriesAtCut = listener.deliveries.get();
        List<UUID> during = escrows(10);
        List<Envelope> resent = new ArrayList<>();
        for (UUID escrow : during) {
            Envelope envelope = send(escrow);
            if (resent.isEmpty()) {
                send(envelope); // a redelivery arriving in the outage too
                resent.add(envelope);
            }
            Thread.sleep(1_000); // messages keep arriving through the outage, not in one burst
        }
        await().atMost(OUTAGE).until(() -> listener.deliveries.get() > deliveriesAtCut + during.size());
        Thread.sleep(
                Math.max(0, OUTAGE.minus(Duration.between(cutAt, Instant.now())).toMillis()));
        database.restore();

        List<UUID> after = escrows(5);
        after.forEach(this::send);
        List<UUID> all = new ArrayList<>(before);
        all.addAll(during);
        all.addAll(after);
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedOnce(all));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM applied_payment", Integer.class))
                .isEqualTo(all.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter", Integer.class))
                .isZero();
        try (TopicRecorder dlt = TopicRecorder.fromStart(
                TestKafka.instance().bootstrapServers(), topics.deadLetterOf(Topics.PAYMENT_EVENTS))) {
            assertThat(dlt.recordFor(Duration.ofSeconds(2))).isEmpty();
        }
    }

    private boolean appliedOnce(List<UUID> escrows) {
        return jdbc.queryForObject(
                        "SELECT count(DISTINCT escrow_id) FROM applied_payment WHERE escrow_id = ANY (?)",
                        Integer.class,
                        (Object) escrows.toArray(UUID[]::new))
                == escrows.size();
    }

    private Envelope send(UUID escrow) {
        Envelope envelope = codec.wrap(
                new PaymentSucceeded(escrow, 1, "TP-1", 10_000, "pay_1", "123456789012", "a@b", Instant.now()));
        send(envelope);
        return envelope;
    }

    private void send(Envelope envelope) {
        try {
            kafka.send(topics.of(Topics.PAYMENT_EVENTS), envelope.escrowId().toString(), codec.encode(envelope))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> escrows(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
