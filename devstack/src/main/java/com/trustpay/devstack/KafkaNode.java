package com.trustpay.devstack;

import com.trustpay.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker as its own process, run from Kafka's own jars ({@code kafka.Kafka} with a
 * {@code server.properties}), so that Kafka's tools connect to it like to any broker and a test can stop and start
 * it. The devstack build copies Kafka and its dependencies to {@code devstack/target/kafka/libs}; the storage is
 * formatted in a fresh directory at each start of the stack, and every topic of {@link Topics#ALL} and its
 * dead-letter topic is created up front with three partitions.
 */
final class KafkaNode implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final Path libs;
    private final Path dataDir;
    private final Path config;
    private final Path log;
    private final String bootstrapServers;
    private Process process;

    private KafkaNode(Path libs, Path dataDir, Path config, Path log, String bootstrapServers) {
        this.libs = libs;
        this.dataDir = dataDir;
        this.config = config;
        this.log = log;
        this.bootstrapServers = bootstrapServers;
    }

    /** Where the devstack build puts Kafka's jars. */
    static Path libs(Path root) {
        return root.resolve("devstack/target/kafka/libs");
    }

    /**
     * Formats a fresh storage directory and starts the broker on {@code port} (its controller on {@code
     * controllerPort}); not yet ready: see {@link #awaitReady}.
     */
    static KafkaNode start(Path root, int port, int controllerPort, Path logDir) throws IOException {
        Path libs = libs(root);
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Kafka's jars are missing at " + libs
                    + ": build the devstack first (./mvnw -B package -pl devstack -am)");
        }
        Files.createDirectories(logDir);
        Path dataDir = Files.createTempDirectory("trustpay-kafka-");
        Path config = dataDir.resolve("server.properties");
        Files.writeString(config, serverProperties(dataDir.resolve("log"), port, controllerPort));
        KafkaNode node = new KafkaNode(libs, dataDir, config, logDir.resolve("kafka.log"), "127.0.0.1:" + port);
        node.format();
        node.launch();
        return node;
    }

    private static String serverProperties(Path logDirs, int port, int controllerPort) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDirs.toString()),
                Map.entry("num.partitions", String.valueOf(PARTITIONS)),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "10"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.retention.hours", "24"),
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024))));
        StringBuilder text = new StringBuilder("# written by the TrustPay devstack (KafkaNode)\n");
        p.stringPropertyNames().stream()
                .sorted()
                .forEach(
                        k -> text.append(k).append('=').append(p.getProperty(k)).append('\n'));
        return text.toString();
    }

    /** {@code kafka-storage format}: a new cluster id in a fresh directory. */
    private void format() throws IOException {
        List<String> command = java(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "kafka.tools.StorageTool",
                "format",
                "--cluster-id",
                Uuid.randomUuid().toString(),
                "--config",
                config.toString());
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("Kafka's storage format did not finish in 60 s; see " + log);
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka's storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("Kafka's storage format failed (" + format.exitValue() + "); see " + log);
        }
    }

    private void launch() throws IOException {
        List<String> command = java("-Xms128m", "-Xmx1g", "-XX:+UseG1GC", "kafka.Kafka", config.toString());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(libs.resolve("*").toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Waits until the broker answers, then creates every TrustPay topic and its dead-letter topic. */
    void awaitReady(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                4_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    createTopics(admin);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka not ready after " + atMost + "; see " + log, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private static void createTopics(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(4, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.deadLetterOf(topic))) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, PARTITIONS, (short) 1));
                }
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker as an operator would (SIGTERM, a controlled shutdown); its data stays for {@link #restart}. */
    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }

    /** Starts the stopped broker again on the same ports and data. */
    void restart(Duration atMost) throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Kafka is running");
        }
        launch();
        awaitReady(atMost);
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete Kafka's data in " + dataDir + ": " + e.getMessage());
        }
    }
}
