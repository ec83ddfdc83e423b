package com.trustpay.webhook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-process KRaft Kafka broker as a program of its own, for {@code bench/webhook-ingest/run.sh}: writes the
 * bootstrap address to the file named by the first argument and runs until the process is stopped.
 */
public final class StandaloneKafka {

    private StandaloneKafka() {}

    public static void main(String[] args) throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.destroy();
            stopped.countDown();
        }));
        Path out = Path.of(args.length > 0 ? args[0] : "kafka-bootstrap.txt");
        Files.writeString(out, broker.getBrokersAsString());
        System.out.println("Kafka at " + broker.getBrokersAsString());
        stopped.await();
    }
}
