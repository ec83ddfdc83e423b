package com.trustpay.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Kafka, PostgreSQL, the sandbox and every service that has been built, each service as its own process,
 * wired together. Used by the devstack command and by the system tests.
 */
public final class Stack implements AutoCloseable {

    private final StackOptions options;
    private final KafkaNode kafka;
    private final PostgresNode postgres;
    private final MailNode mail;
    private final ZipkinNode zipkin;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
    private final Map<Service, ServiceProcess> processes = new EnumMap<>(Service.class);
    private final List<ServiceProcess> extras = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();
    private final KeyPair jwtKeys;

    private Stack(StackOptions options, KafkaNode kafka, PostgresNode postgres, MailNode mail, ZipkinNode zipkin) {
        this.options = options;
        this.zipkin = zipkin;
        this.kafka = kafka;
        this.postgres = postgres;
        this.mail = mail;
        this.jwtKeys = rsaKeyPair();
        for (Service service : Service.values()) {
            ports.put(service, options.fixedPorts() ? service.defaultPort() : freePort());
            if (service.hasManagementPort()) {
                managementPorts.put(service, options.fixedPorts() ? service.defaultManagementPort() : freePort());
            }
        }
    }

    /** Starts the infrastructure and every built service in parallel, and waits until all are ready. */
    public static Stack start(StackOptions options) throws IOException {
        KafkaNode kafka =
                KafkaNode.start(options.root(), options.fixedPorts() ? 9092 : freePort(), freePort(), options.logDir());
        PostgresNode postgres;
        MailNode mail;
        try {
            postgres = PostgresNode.start(options.postgres(), "postgres", "");
            mail = options.fixedPorts() ? MailNode.start(3025, 8025) : MailNode.start(freePort(), 0);
        } catch (RuntimeException | IOException e) {
            kafka.close();
            throw e;
        }
        Optional<Path> zipkinJar = ZipkinNode.jar(options.root());
        ZipkinNode zipkin = zipkinJar.isPresent()
                ? ZipkinNode.start(zipkinJar.get(), options.fixedPorts() ? 9411 : freePort(), options.logDir())
                : null;
        Stack stack = new Stack(options, kafka, postgres, mail, zipkin);
        try {
            for (Service service : Service.values()) {
                if (options.services().contains(service) && stack.jar(service).isPresent()) {
                    stack.launch(service);
                }
            }
            // The services start while the broker does (they wait for it on their own); the topics are created
            // before any of them is ready.
            kafka.awaitReady(Duration.ofSeconds(120));
            for (ServiceProcess process : stack.processes.values()) {
                process.awaitReady(Duration.ofSeconds(180));
            }
            if (zipkin != null) {
                zipkin.awaitReady(Duration.ofSeconds(120));
            }
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e;
        }
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The service's management (actuator) base URL, or its API URL for the sandbox, which has no actuator. */
    public String managementUrl(Service service) {
        return managementPorts.containsKey(service) ? "http://127.0.0.1:" + managementPorts.get(service) : url(service);
    }

    public boolean runs(Service service) {
        return processes.containsKey(service);
    }

    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    /** Stops the Kafka broker (a controlled shutdown); the services keep running and must ride it out. */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the stopped Kafka broker again, on the same port with the same data, and waits until it answers. */
    public void startKafka() throws IOException {
        kafka.restart(Duration.ofSeconds(120));
    }

    /** The local mail server notification-service sends to, and the mail page that shows what it got. */
    public MailNode mail() {
        return mail;
    }

    /** The Zipkin server the services report their spans to, if the devstack build fetched it. */
    public Optional<ZipkinNode> zipkin() {
        return Optional.ofNullable(zipkin);
    }

    public String describePostgres() {
        return postgres.describe();
    }

    public Path log(Service service) {
        return processes.get(service).log();
    }

    /** SIGKILLs the service, as a crash would. */
    public void kill(Service service) {
        processes.get(service).kill();
    }

    /** Starts the service again with the same wiring and waits until it is ready. */
    public void restart(Service service) throws IOException {
        restart(service, Map.of());
    }

    /**
     * Starts the service again with the same wiring plus {@code overrides} on top of its environment (for this run
     * of the process only: a later {@link #restart(Service)} drops them) and waits until it is ready.
     */
    public void restart(Service service, Map<String, String> overrides) throws IOException {
        ServiceProcess old = processes.remove(service);
        if (old != null) {
            old.stop(Duration.ofSeconds(20));
        }
        launch(service, overrides).awaitReady(Duration.ofSeconds(180));
    }

    /**
     * Starts one more process of {@code service} beside the running one, on free API and management ports of its own
     * and with the same wiring (databases, Kafka, signing keys, extra environment): two escrow-service instances that
     * share the scheduled work, say. It is not restarted with the service and is stopped by {@link #stopExtras} or on
     * close. {@code overrides} go on top of its environment (a smaller connection pool, say). Waits until it is ready
     * and returns its API URL.
     */
    public String startExtra(Service service, Map<String, String> overrides) throws IOException {
        Path jar = jar(service).orElseThrow(() -> new IllegalStateException("No jar for " + service.module()));
        int port = freePort();
        Map<String, String> env = withOverrides(environment(service), overrides);
        env.put("SERVER_PORT", String.valueOf(port));
        String probe = "http://127.0.0.1:" + port + service.readinessPath();
        if (service.hasManagementPort()) {
            int management = freePort();
            env.put("MANAGEMENT_SERVER_PORT", String.valueOf(management));
            probe = "http://127.0.0.1:" + management + service.readinessPath();
        }
        Path log = options.logDir().resolve(service.module() + "-" + (extras.size() + 2) + ".log");
        ServiceProcess process = new ServiceProcess(service, jar, port, probe, env, options.jvmOptions(), log);
        extras.add(process);
        process.start();
        process.awaitReady(Duration.ofSeconds(180));
        return process.url();
    }

    /** Stops every process {@link #startExtra} started, so that later tests see one process per service again. */
    public void stopExtras() {
        extras.forEach(process -> process.stop(Duration.ofSeconds(20)));
        extras.clear();
    }

    private ServiceProcess launch(Service service) throws IOException {
        return launch(service, Map.of());
    }

    private ServiceProcess launch(Service service, Map<String, String> overrides) throws IOException {
        Path jar = jar(service).orElseThrow(() -> new IllegalStateException("No jar for " + service.module()));
        ServiceProcess process = new ServiceProcess(
                service,
                jar,
                ports.get(service),
                managementUrl(service) + service.readinessPath(),
                withOverrides(environment(service), overrides),
                options.jvmOptions(),
                options.logDir().resolve(service.module() + ".log"));
        process.start();
        processes.put(service, process);
        return process;
    }

    private static Map<String, String> withOverrides(Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(overrides);
        return all;
    }

    /** The runnable jar of a service, if it has been built. */
    Optional<Path> jar(Service service) {
        Path target = options.root().resolve(service.module()).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> environment(Service service) {
        Map<String, String> env = new HashMap<>();
        // The sandbox profile (its defaults allowed, the production-readiness check off) and loopback only: nothing
        // of a devstack, the unauthenticated sandbox least of all, is reachable from another machine.
        env.put("SPRING_PROFILES_ACTIVE", "sandbox");
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("SERVER_PORT", String.valueOf(ports.get(service)));
        if (managementPorts.containsKey(service)) {
            env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPorts.get(service)));
            env.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (zipkin != null) {
            env.put("ZIPKIN_ENDPOINT", zipkin.spansEndpoint());
        }
        if (service.database() != null) {
            String name = options.databasePrefix() + service.database();
            env.put("SPRING_DATASOURCE_URL", postgres.ensureDatabase(name));
            env.put("SPRING_DATASOURCE_USERNAME", postgres.username());
            env.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
            if (!databases.contains(name)) {
                databases.add(name);
            }
        }
        String sandbox = url(Service.SANDBOX);
        String webhooks = url(Service.WEBHOOK);
        switch (service) {
            case SANDBOX -> {
                env.put("SANDBOX_SPEED", String.valueOf(options.sandboxSpeed()));
                env.put("SANDBOX_SETU_WEBHOOK_URL", webhooks + "/webhooks/setu");
                env.put("SANDBOX_PAYOUT_WEBHOOK_URL", webhooks + "/webhooks/razorpayx");
                env.put("SANDBOX_PHONEPE_WEBHOOK_URL", webhooks + "/webhooks/phonepe");
                env.put("SANDBOX_PHONEPE_HOSTED_PAGE_BASE", sandbox + "/phonepe/hosted/");
                env.put("SANDBOX_SETU_SHORT_LINK_BASE", sandbox + "/api/v1/resolve/");
            }
            case ESCROW -> {
                env.put(
                        "TRUSTPAY_JWT_PRIVATE_KEY",
                        pem("PRIVATE KEY", jwtKeys.getPrivate().getEncoded()));
                env.put(
                        "TRUSTPAY_JWT_PUBLIC_KEY",
                        pem("PUBLIC KEY", jwtKeys.getPublic().getEncoded()));
            }
            case PAYMENT -> {
                env.put("SETU_BASE_URL", sandbox);
                env.put("SETU_AUTH_URL", sandbox);
                env.put("PAYOUT_BASE_URL", sandbox);
                env.put("PHONEPE_BASE_URL", sandbox + "/phonepe/apis/pg-sandbox");
                env.put("PHONEPE_AUTH_URL", sandbox + "/phonepe/apis/pg-sandbox");
                // Both collection providers the sandbox plays: Setu first, PhonePe PG while Setu's breaker is open.
                env.put("PAYMENT_ROUTING_ORDER", "setu,phonepe");
            }
            case NOTIFICATION -> {
                env.put("ESCROW_SERVICE_URL", url(Service.ESCROW));
                env.put("SMTP_HOST", "127.0.0.1");
                env.put("SMTP_PORT", String.valueOf(mail.smtpPort()));
                env.put("TRUSTPAY_PUBLIC_BASE_URL", url(Service.GATEWAY));
            }
            case RECONCILIATION -> {
                env.put("JWT_JWK_SET_URI", url(Service.ESCROW) + "/.well-known/jwks.json");
                // The providers' side of a run: payment-service's internal reads (on a free port in isolated stacks).
                env.put("PAYMENT_SERVICE_URL", url(Service.PAYMENT));
            }
            case GATEWAY -> {
                env.put("ESCROW_SERVICE_URL", url(Service.ESCROW));
                env.put("RECONCILIATION_SERVICE_URL", url(Service.RECONCILIATION));
                env.put("PAYMENT_SERVICE_URL", url(Service.PAYMENT));
                env.put("NOTIFICATION_SERVICE_URL", url(Service.NOTIFICATION));
                env.put("WEBHOOK_INGEST_URL", webhooks);
                env.put("SANDBOX_URL", sandbox);
                env.put("TRUSTPAY_SANDBOX_ENABLED", "true");
            }
            default -> {}
        }
        env.putAll(options.env().getOrDefault(service, Map.of()));
        return env;
    }

    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        all.addAll(extras);
        for (ServiceProcess process : all) {
            stopping.add(Thread.ofVirtual().start(() -> process.stop(Duration.ofSeconds(20))));
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        extras.clear();
        if (options.dropDatabasesOnClose()) {
            databases.forEach(postgres::dropDatabase);
        }
        closeQuietly(kafka);
        closeQuietly(postgres);
        closeQuietly(mail);
        if (zipkin != null) {
            closeQuietly(zipkin);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + closeable.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
