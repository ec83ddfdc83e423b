package com.trustpay.notification.bench;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.notification.NotificationServiceApplication;
import com.trustpay.notification.support.TestMailServer;
import com.trustpay.notification.support.TestTokens;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.testsupport.TestDatabase;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service under load, in one JVM with real PostgreSQL and Kafka (platform-test's): (1) events →
 * notifications per second, (2) event committed → delivered on an open stream at a fixed rate, (3) memory with many
 * open streams. Not a test: it prints figures. {@code bench/notification/run.sh} runs it.
 *
 * <p>Arguments: events for (1) (default 20,000), rate and seconds for (2) (200, 15), streams for (3) (5,000).
 */
public final class NotificationBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int streams = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;

        TestDatabase db = TestPostgres.instance().newDatabase("notificationbench");
        String kafka = TestKafka.instance().bootstrapServers();
        String prefix = TestKafka.uniquePrefix();
        TestMailServer smtp = new TestMailServer();
        TestTokens tokens = TestTokens.instance();
        String jar = System.getenv("SERVICE_JAR");
        Service service = jar == null || jar.isBlank()
                ? Service.inProcess(db, kafka, prefix, tokens.jwksUri(), smtp.port())
                : Service.process(Path.of(jar), db, kafka, prefix, tokens.jwksUri(), smtp.port());
        int port = service.port();
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
        try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
            Publisher publish = new Publisher(producer, codec, prefix);
            List<Pair> pairs = setUp(publish, jdbc, 500);
            System.out.printf(
                    "notification-service bench (%s, %d cores)%n",
                    Instant.now(), Runtime.getRuntime().availableProcessors());
            throughput(publish, jdbc, pairs, events);
            latency(publish, pairs, tokens, port, rate, seconds);
            memory(tokens, port, streams, service);
        } finally {
            service.close();
            smtp.close();
            System.exit(0);
        }
    }

    record Pair(UUID escrow, UUID payer, UUID payee) {}

    /** Users and joined escrows, so that every FundsHeld tells two people at once. */
    private static List<Pair> setUp(Publisher publish, JdbcTemplate jdbc, int count) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Pair p = new Pair(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            publish.send(new UserRegistered(p.payer(), "Payer " + i, "payer" + i + "@bench.local"));
            publish.send(new UserRegistered(p.payee(), "Payee " + i, "payee" + i + "@bench.local"));
            publish.send(new EscrowCreated(
                    p.escrow(),
                    "B" + i,
                    "Bench " + i,
                    "Bench deal " + i,
                    100_000,
                    PartyRole.PAYER,
                    p.payer(),
                    Instant.now()));
            publish.send(new PartnerJoined(p.escrow(), p.payer(), p.payee()));
            pairs.add(p);
        }
        publish.flush();
        awaitCount(
                jdbc,
                "SELECT count(*) FROM escrow_facts WHERE payee_user_id IS NOT NULL",
                count,
                Duration.ofMinutes(5));
        awaitCount(jdbc, "SELECT count(*) FROM person", 2L * count, Duration.ofMinutes(5));
        return pairs;
    }

    private static void throughput(Publisher publish, JdbcTemplate jdbc, List<Pair> pairs, int events)
            throws Exception {
        long before = count(jdbc, "SELECT count(*) FROM notification WHERE channel = 'IN_APP'");
        for (int i = 0; i < events; i++) {
            Pair p = pairs.get(i % pairs.size());
            publish.send(new FundsHeld(p.escrow(), 100_000, "TP-" + i));
        }
        publish.flush();
        Instant start = Instant.now();
        long expected = before + 2L * events;
        awaitCount(
                jdbc, "SELECT count(*) FROM notification WHERE channel = 'IN_APP'", expected, Duration.ofMinutes(10));
        double took = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                "(1) %,d FundsHeld events (already on the topic) -> %,d in-app + %,d mail notifications in %.1f s:"
                        + " %,.0f events/s, %,.0f notifications/s (in-app and mail rows)%n",
                events, 2L * events, 2L * events, took, events / took, 4L * events / took);
    }

    private static void latency(Publisher publish, List<Pair> pairs, TestTokens tokens, int port, int rate, int seconds)
            throws Exception {
        int streamed = Math.min(100, pairs.size());
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        List<InputStream> open = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
                .build();
        CountDownLatch ready = new CountDownLatch(streamed);
        for (int i = 0; i < streamed; i++) {
            UUID user = pairs.get(i).payer();
            InputStream body = stream(http, port, ticket(http, port, tokens.user(user)));
            open.add(body);
            Thread.ofVirtual().start(() -> read(body, ready, millis));
        }
        ready.await(60, TimeUnit.SECONDS);
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = t0 + i * intervalNanos;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            Pair p = pairs.get((int) (i % streamed));
            publish.sendNow(new FundsHeld(p.escrow(), 100_000, "LAT-" + i));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (millis.size() < total && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(
                "(2) %d events/s for %d s to %d open streams: %,d of %,d delivered; committed -> delivered p50 %d ms,"
                        + " p99 %d ms, max %d ms (from the row's created_at to the client reading it)%n",
                rate,
                seconds,
                streamed,
                sorted.size(),
                total,
                pct(sorted, 50),
                pct(sorted, 99),
                sorted.isEmpty() ? -1 : sorted.getLast());
        open.forEach(NotificationBench::closeQuietly);
    }

    private static void memory(TestTokens tokens, int port, int streams, Service service) throws Exception {
        System.gc();
        long rssBefore = service.rssKb();
        long heapBefore = usedHeapMb();
        HttpClient http = HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
                .build();
        List<InputStream> open = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(streams);
        AtomicInteger failed = new AtomicInteger();
        String token = tokens.user(UUID.randomUUID());
        for (int i = 0; i < streams; i++) {
            Thread.ofVirtual().start(() -> {
                try {
                    InputStream body = stream(http, port, ticket(http, port, token));
                    open.add(body);
                    read(body, ready, null);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    ready.countDown();
                }
            });
        }
        ready.await(5, TimeUnit.MINUTES);
        System.gc();
        long rssAfter = service.rssKb();
        System.out.printf(
                "(3) %,d open streams (%d failed to open): service RSS %,d MB -> %,d MB (+%,d MB)%s%n",
                open.size(),
                failed.get(),
                rssBefore / 1024,
                rssAfter / 1024,
                (rssAfter - rssBefore) / 1024,
                service.separate()
                        ? " (the service as its own process, " + service.describe() + ")"
                        : "; heap used " + heapBefore + " MB -> " + usedHeapMb() + " MB; the service and the clients"
                                + " share this JVM, so the growth includes the clients");
        open.forEach(NotificationBench::closeQuietly);
    }

    private static String ticket(HttpClient http, int port, String token) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream-tickets"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("ticket").asString();
    }

    private static InputStream stream(HttpClient http, int port, String ticket) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/notifications/stream?ticket=" + ticket))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream())
                .body();
    }

    /** Reads a stream; counts it ready at its first line; records each notification's delay since created_at. */
    private static void read(InputStream body, CountDownLatch ready, List<Long> millis) {
        boolean counted = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!counted) {
                    ready.countDown();
                    counted = true;
                }
                if (millis != null && line.startsWith("data:")) {
                    JsonNode n = JSON.readTree(line.substring(5).strip());
                    millis.add(Duration.between(Instant.parse(n.get("createdAt").asString()), Instant.now())
                            .toMillis());
                }
            }
        } catch (Exception e) {
            // closed
        } finally {
            if (!counted) {
                ready.countDown();
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty()
                ? -1
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long rssKb(String pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void awaitCount(JdbcTemplate jdbc, String sql, long expected, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (count(jdbc, sql) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out: " + sql + " < " + expected);
            }
            Thread.sleep(50);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (Exception e) {
            // already closed
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.ACKS_CONFIG,
                "all"));
    }

    /** Envelopes messages as their producers do and sends them to their topics. */
    private record Publisher(KafkaProducer<String, byte[]> producer, EnvelopeCodec codec, String prefix) {

        void send(Message message) {
            Envelope envelope = codec.wrap(message);
            String topic = prefix + MessageCatalog.of(message.getClass()).topic();
            producer.send(new ProducerRecord<>(topic, message.key(), codec.encode(envelope)));
        }

        void sendNow(Message message) {
            send(message);
            producer.flush();
        }

        void flush() {
            producer.flush();
        }
    }

    /** The service under load: in this JVM, or its exec jar as a process of its own (SERVICE_JAR). */
    private interface Service extends AutoCloseable {
        int port();

        long rssKb() throws Exception;

        boolean separate();

        String describe();

        @Override
        void close();

        static Service inProcess(TestDatabase db, String kafka, String prefix, String jwks, int smtpPort) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(NotificationServiceApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.profiles.active=sandbox",
                            "--management.server.port=0",
                            "--spring.datasource.url=" + db.jdbcUrl(),
                            "--spring.datasource.username=" + db.username(),
                            "--spring.datasource.password=" + db.password(),
                            "--spring.datasource.hikari.maximum-pool-size=16",
                            "--spring.kafka.bootstrap-servers=" + kafka,
                            "--trustpay.kafka.prefix=" + prefix,
                            "--trustpay.security.jwk-set-uri=" + jwks,
                            "--spring.mail.port=" + smtpPort,
                            "--logging.level.root=WARN");
            int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
            return new Service() {
                public int port() {
                    return port;
                }

                public long rssKb() throws Exception {
                    return NotificationBench.rssKb("self");
                }

                public boolean separate() {
                    return false;
                }

                public String describe() {
                    return "in process";
                }

                public void close() {
                    app.close();
                }
            };
        }

        static Service process(Path jar, TestDatabase db, String kafka, String prefix, String jwks, int smtpPort)
                throws Exception {
            int port;
            int management;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0);
                    java.net.ServerSocket other = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
                management = other.getLocalPort();
            }
            String heap = System.getenv().getOrDefault("SERVICE_XMX", "256m");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx" + heap,
                            "-XX:+UseSerialGC",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("notification-service/target/bench-service.log")
                            .toFile());
            Map<String, String> env = builder.environment();
            env.put("SERVER_PORT", String.valueOf(port));
            env.put("SPRING_PROFILES_ACTIVE", "sandbox");
            env.put("MANAGEMENT_SERVER_PORT", String.valueOf(management));
            env.put("SPRING_DATASOURCE_URL", db.jdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", db.username());
            env.put("SPRING_DATASOURCE_PASSWORD", db.password());
            env.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "16");
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
            env.put("TRUSTPAY_KAFKA_PREFIX", prefix);
            env.put("JWT_JWK_SET_URI", jwks);
            env.put("SMTP_PORT", String.valueOf(smtpPort));
            env.put("LOGGING_LEVEL_ROOT", "WARN");
            Process process = builder.start();
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (true) {
                try {
                    HttpResponse<String> ready = http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The service did not start; see target/bench-service.log");
                }
                Thread.sleep(250);
            }
            return new Service() {
                public int port() {
                    return port;
                }

                public long rssKb() throws Exception {
                    return NotificationBench.rssKb(String.valueOf(process.pid()));
                }

                public boolean separate() {
                    return true;
                }

                public String describe() {
                    return "-Xmx" + heap + ", SerialGC";
                }

                public void close() {
                    process.destroy();
                }
            };
        }
    }

    private NotificationBench() {}
}
