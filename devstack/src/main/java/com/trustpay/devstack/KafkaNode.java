package com.trustpay.devstack;

import com.trustpay.testsupport.TcpForwarder;
import java.io.IOException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-process KRaft Kafka broker. Its own listener port is random, so a forwarder gives it a well-known
 * bootstrap address (9092 by default); clients then talk to the broker's advertised address directly.
 */
final class KafkaNode implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final TcpForwarder bootstrap;
    private final String bootstrapServers;

    private KafkaNode(EmbeddedKafkaKraftBroker broker, TcpForwarder bootstrap, String bootstrapServers) {
        this.broker = broker;
        this.bootstrap = bootstrap;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker; {@code port} 0 means "no well-known port, use the broker's own". */
    static KafkaNode start(int port) throws IOException {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        String own = broker.getBrokersAsString();
        if (port == 0) {
            return new KafkaNode(broker, null, own);
        }
        int target = Integer.parseInt(own.substring(own.lastIndexOf(':') + 1));
        return new KafkaNode(broker, new TcpForwarder(port, target), "127.0.0.1:" + port);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws IOException {
        if (bootstrap != null) {
            bootstrap.close();
        }
        broker.destroy();
    }
}
