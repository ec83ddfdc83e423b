package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.outbox.OutboxProperties;
import com.trustpay.platform.outbox.OutboxRelay;
import com.trustpay.platform.outbox.OutboxRelay.RelayResult;
import com.trustpay.testsupport.TcpForwarder;
import com.trustpay.testsupport.TestDatabase;
import com.trustpay.testsupport.TestPostgres;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox while Kafka is unreachable at its address and after it becomes reachable again, and across a
 * process that dies between commit and send. The relay's bootstrap address is a local port that refuses
 * connections until a forwarder to a real broker opens on it.
 */
class KafkaOutageIT {

    private final TopicNames topics = new TopicNames("outage.");
    private final int port = freePort();
    private EmbeddedKafkaKraftBroker broker;
    private TcpForwarder kafkaAddress;
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private DefaultKafkaProducerFactory<String, byte[]> producers;

    @BeforeEach
    void setUp() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        broker.addTopics(new NewTopic(topics.of(Topics.ESCROW_EVENTS), 1, (short) 1));
        TestDatabase db = TestPostgres.instance().newDatabase("KafkaOutageIT");
        DriverManagerDataSource dataSource = db.dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/platform")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + port,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                2_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                4_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    @AfterEach
    void tearDown() throws IOException {
        producers.destroy();
        if (kafkaAddress != null) {
            kafkaAddress.close();
        }
        broker.destroy();
    }

    @Test
    void messagesCommittedWhileKafkaIsDownAreDeliveredOnceItIsBack() throws IOException {
        OutboxRelay relay = relay();

        List<UUID> escrows = writeMessages(relay, 5);
        RelayResult whileDown = relay.relayOnce();

        assertThat(whileDown.published()).isZero();
        assertThat(whileDown.stalled()).isTrue();
        assertThat(unpublished()).isEqualTo(5);

        kafkaIsBack();
        relayUntilDrained(relay);

        awaitConsumed(escrows);
        assertThat(jdbc.queryForObject("SELECT max(attempts) FROM outbox_message", Integer.class))
                .as("the failed send was recorded on the row")
                .isPositive();
    }

    @Test
    void messagesCommittedBeforeACrashAreSentByTheNextRelay() throws IOException {
        kafkaIsBack();
        OutboxRelay crashed = relay();
        List<UUID> escrows = writeMessages(crashed, 3);
        // The process "dies" here: committed rows, nothing sent. A new process starts a new relay.

        relayUntilDrained(relay());

        awaitConsumed(escrows);
    }

    private List<UUID> writeMessages(OutboxRelay relay, int count) {
        Outbox outbox = new Outbox(jdbc, new EnvelopeCodec(Clock.systemUTC()), relay);
        List<UUID> escrows =
                IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
        escrows.forEach(e -> tx.executeWithoutResult(s -> outbox.publish(new PaymentAwaited(e, 1))));
        return escrows;
    }

    private void relayUntilDrained(OutboxRelay relay) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (unpublished() > 0 && Instant.now().isBefore(deadline)) {
            if (relay.relayOnce().stalled()) {
                producers.reset();
            }
        }
        assertThat(unpublished()).isZero();
    }

    /** Waits until a reader of the topic has seen a message keyed by each of {@code escrows}. */
    private void awaitConsumed(List<UUID> escrows) {
        List<String> expected = escrows.stream().map(UUID::toString).toList();
        try (TopicRecorder recorder =
                TopicRecorder.fromStart(broker.getBrokersAsString(), topics.of(Topics.ESCROW_EVENTS))) {
            List<Recorded> records = recorder.awaitAll(
                    r -> r.stream().map(Recorded::key).toList().containsAll(expected));
            assertThat(records).extracting(Recorded::key).containsAll(expected);
        }
    }

    private int unpublished() {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE published_at IS NULL", Integer.class);
    }

    private OutboxRelay relay() {
        return new OutboxRelay(
                jdbc,
                tx,
                new KafkaTemplate<>(producers),
                topics,
                new OutboxProperties(false, 100, null, Duration.ofSeconds(6), null, null, null));
    }

    private void kafkaIsBack() throws IOException {
        String real = broker.getBrokersAsString();
        kafkaAddress = new TcpForwarder(port, Integer.parseInt(real.substring(real.lastIndexOf(':') + 1)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
