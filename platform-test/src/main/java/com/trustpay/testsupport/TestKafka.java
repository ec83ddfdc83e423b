package com.trustpay.testsupport;

import java.util.UUID;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka per test JVM: the one at {@code TEST_KAFKA_BOOTSTRAP}, a Testcontainers Kafka when a Docker
 * engine answers, or spring-kafka-test's in-process KRaft broker. Test classes keep apart by giving all their
 * topics and consumer groups a prefix of their own ({@link #uniquePrefix}). To see what was published, record the
 * topics with {@link com.trustpay.testsupport.kafka.TopicRecorder}.
 */
public final class TestKafka {

    private static TestKafka instance;

    private final String bootstrapServers;
    private final String source;

    private TestKafka(String bootstrapServers, String source) {
        this.bootstrapServers = bootstrapServers;
        this.source = source;
    }

    public static synchronized TestKafka instance() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Which kind of broker is in use: {@code TEST_KAFKA_BOOTSTRAP}, {@code testcontainers} or {@code embedded}. */
    public String source() {
        return source;
    }

    /** A topic and consumer-group prefix that no other test class will use, e.g. {@code t3f9a1c2.}. */
    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    private static TestKafka start() {
        String bootstrap = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            return new TestKafka(bootstrap.trim(), "TEST_KAFKA_BOOTSTRAP");
        }
        if (DockerProbe.dockerAvailable()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0");
            container.start();
            return new TestKafka(container.getBootstrapServers(), "testcontainers");
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-embedded-kafka"));
        return new TestKafka(broker.getBrokersAsString(), "embedded");
    }
}
