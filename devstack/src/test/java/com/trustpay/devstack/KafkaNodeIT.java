package com.trustpay.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The devstack's broker is Kafka itself in its own process (the jars the build copied to {@code
 * devstack/target/kafka/libs}): it takes every TrustPay topic and its dead-letter topic with three partitions up
 * front, Kafka's own console consumer reads from it, and what was written before a stop is still there after a
 * restart on the same port.
 */
class KafkaNodeIT {

    private static final Path ROOT =
            Path.of(System.getProperty("trustpay.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path logs;

    @Test
    void runsAsItsOwnProcessWithEveryTopicAndKeepsWhatItHadAcrossARestart() throws Exception {
        try (KafkaNode kafka = KafkaNode.start(ROOT, freePort(), freePort(), logs)) {
            kafka.awaitReady(Duration.ofSeconds(120));

            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                List<String> names = new ArrayList<>();
                Topics.ALL.forEach(t -> names.addAll(List.of(t, Topics.deadLetterOf(t))));
                Map<String, TopicDescription> topics =
                        admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(topics).hasSize(Topics.ALL.size() * 2);
                topics.values()
                        .forEach(d -> assertThat(d.partitions()).as(d.name()).hasSize(KafkaNode.PARTITIONS));
            }

            String key = UUID.randomUUID().toString();
            send(kafka, key, "before the restart");
            assertThat(consoleConsumer(kafka)).contains("before the restart");

            kafka.stop();
            kafka.restart(Duration.ofSeconds(120));
            send(kafka, key, "after the restart");
            assertThat(read(kafka, 2)).containsExactly("before the restart", "after the restart");
        }
    }

    private static void send(KafkaNode kafka, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.OPS_ALERTS, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> read(KafkaNode kafka, int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.OPS_ALERTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    /** Kafka's own kafka-console-consumer, run from the copied jars as the README tells ops to. */
    private static String consoleConsumer(KafkaNode kafka) throws Exception {
        Process tool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        KafkaNode.libs(ROOT).resolve("*").toString(),
                        "org.apache.kafka.tools.consumer.ConsoleConsumer",
                        "--bootstrap-server",
                        kafka.bootstrapServers(),
                        "--topic",
                        Topics.OPS_ALERTS,
                        "--from-beginning",
                        "--max-messages",
                        "1",
                        "--timeout-ms",
                        "60000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(tool.waitFor(90, TimeUnit.SECONDS))
                .as("the console consumer ends")
                .isTrue();
        return new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
