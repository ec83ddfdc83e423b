package com.trustpay.devstack.bench;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.SandboxPayer;
import com.trustpay.devstack.Service;
import com.trustpay.devstack.Stack;
import com.trustpay.devstack.StackOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code devstack/run bench-e2e [escrows] [concurrency]}: the end-to-end latency from the sandbox sending
 * {@code payment.success} to the escrow reading HELD, over many escrows, on an isolated stack of its own.
 *
 * <p>Start: the first delivery attempt of the escrow's {@code payment.success} in the sandbox's delivery log.
 * End: the {@code at} of the escrow's transition to HELD in its history. Both are this machine's wall clock.
 * The path measured: sandbox → webhook-ingest (verify, store, outbox) → Kafka → payment-service (read the
 * payment back from the sandbox, outbox) → Kafka → escrow-service (HELD).
 *
 * <p>Bench code, so it lives with devstack's tests and stays out of devstack's jar: {@code devstack/run} starts it
 * from that jar with these classes on the loader path.
 */
public final class EndToEndBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PrintStream out;

    EndToEndBench(PrintStream out) {
        this.out = out;
    }

    void run(Path root, int escrows, int concurrency) throws Exception {
        String prefix = "tpb_" + UUID.randomUUID().toString().substring(0, 8) + "_";
        StackOptions options = StackOptions.isolated(root, root.resolve(".devstack/bench-logs"), prefix, 1.0);
        options = new StackOptions(
                options.root(),
                options.fixedPorts(),
                options.postgres(),
                options.databasePrefix(),
                options.dropDatabasesOnClose(),
                options.sandboxSpeed(),
                options.logDir(),
                List.of("-XX:+UseSerialGC", "-Xmx512m"),
                options.services(),
                options.env());
        // One load generator stands for many users: the gateway's per-user and per-client limits would throttle it.
        for (String limit : List.of("RATE_LIMIT_USER", "RATE_LIMIT_CLIENT")) {
            options = options.withEnv(Service.GATEWAY, limit + "_PER_SECOND", "100000")
                    .withEnv(Service.GATEWAY, limit + "_BURST", "200000");
        }
        out.println("Starting an isolated stack…");
        try (Stack stack = Stack.start(options)) {
            String base = stack.runs(Service.GATEWAY) ? stack.url(Service.GATEWAY) : stack.url(Service.ESCROW);
            Api api = new Api(base);
            Api sandbox = new Api(stack.url(Service.SANDBOX));
            String[] users = {signUp(api, "payer"), signUp(api, "payee")};
            String setuToken = new SandboxPayer(sandbox).setuToken();
            out.printf("Running %d escrows, %d at a time…%n", escrows, concurrency);
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            Map<String, Instant> heldAt = new HashMap<>();
            try {
                List<Future<Map.Entry<String, Instant>>> held = new ArrayList<>();
                for (int i = 0; i < escrows; i++) {
                    held.add(pool.submit(() -> oneEscrow(api, sandbox, users, setuToken)));
                }
                for (Future<Map.Entry<String, Instant>> f : held) {
                    Map.Entry<String, Instant> e = f.get();
                    heldAt.put(e.getKey(), e.getValue());
                }
            } finally {
                pool.shutdownNow();
            }
            report(latencies(sandbox, heldAt), escrows);
        }
    }

    private Map.Entry<String, Instant> oneEscrow(Api api, Api sandbox, String[] users, String setuToken) {
        JsonNode created = api.post(
                        "/api/escrows",
                        users[0],
                        Map.of("title", "Bench", "amountPaise", 10_000, "role", "PAYER", "vpa", "success@upi"))
                .expect(201)
                .json();
        String id = created.get("id").asString();
        api.post(
                        "/api/escrows/join",
                        users[1],
                        Map.of("code", created.get("code").asString(), "vpa", "success@okaxis"))
                .expect(200);
        String link = await(() ->
                api.get("/api/escrows/" + id + "/payment", users[0]).json().path("intentLink"));
        new SandboxPayer(sandbox).payRef(SandboxPayer.tr(link), "success@upi", 10_000, setuToken);
        String at = await(() -> {
            for (JsonNode row :
                    api.get("/api/escrows/" + id + "/history", users[0]).json()) {
                if ("HELD".equals(row.path("toStatus").asString())) {
                    return row.get("at");
                }
            }
            return null;
        });
        return Map.entry(id, Instant.parse(at));
    }

    private static List<Long> latencies(Api sandbox, Map<String, Instant> heldAt) {
        Map<String, String> escrowByReference = new HashMap<>();
        heldAt.keySet().forEach(id -> escrowByReference.put(referencePrefix(UUID.fromString(id)), id));
        List<Long> micros = new ArrayList<>();
        JsonNode deliveries = sandbox.get("/sandbox/webhooks/deliveries?provider=SETU&eventType=payment.success", null)
                .expect(200)
                .json();
        for (JsonNode d : deliveries.path("deliveries")) {
            if (d.hasNonNull("duplicateOf") || d.path("attempts").isEmpty()) {
                continue;
            }
            String reference = JSON.readTree(d.get("body").asString())
                    .path("merchantReferenceId")
                    .asString("");
            String escrow = reference.length() > 16 ? escrowByReference.get(reference.substring(0, 16)) : null;
            if (escrow != null) {
                Instant sent = Instant.parse(d.get("attempts").get(0).get("at").asString());
                micros.add(Duration.between(sent, heldAt.get(escrow)).toNanos() / 1000);
            }
        }
        return micros;
    }

    private void report(List<Long> micros, int escrows) {
        List<Long> sorted = micros.stream().sorted().toList();
        if (sorted.isEmpty()) {
            out.println("No payment.success deliveries matched the escrows: nothing to report");
            return;
        }
        out.printf(
                Locale.ROOT,
                "payment.success sent → escrow HELD, %d of %d escrows: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(),
                escrows,
                percentile(sorted, 50) / 1000.0,
                percentile(sorted, 90) / 1000.0,
                percentile(sorted, 99) / 1000.0,
                sorted.getLast() / 1000.0);
    }

    private static long percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String referencePrefix(UUID id) {
        return ("TP" + HexFormat.of().toHexDigits(id.getMostSignificantBits()).substring(0, 14))
                .toUpperCase(Locale.ROOT);
    }

    private static String signUp(Api api, String who) {
        String email = who + "-" + UUID.randomUUID() + "@bench.local";
        api.post("/api/auth/register", null, Map.of("name", who, "email", email, "password", "bench-password-1"))
                .expect(202); // the same answer whether or not the e-mail has an account
        return api.post("/api/auth/login", null, Map.of("email", email, "password", "bench-password-1"))
                .expect(200)
                .json()
                .get("accessToken")
                .asString();
    }

    private static String await(java.util.function.Supplier<JsonNode> probe) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode value = probe.get();
            if (value != null && !value.isMissingNode() && !value.isNull()) {
                return value.asString();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Timed out");
    }

    /**
     * Arguments: number of escrows (200), how many at a time (8); {@code devstack.root} names the checkout. Exits
     * when done (0) or failed (1) rather than waiting for the in-process Kafka's threads.
     */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("devstack.root", "."))
                .toAbsolutePath()
                .normalize();
        int escrows = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try {
            new EndToEndBench(System.out).run(root, escrows, concurrency);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
