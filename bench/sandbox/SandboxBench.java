import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load program for a running sandbox: N concurrent clients, each looping "create a Dynamic QR, then read a payment",
 * for a fixed time; prints requests per second. Run with JDK 21+ (single-file source launch):
 *
 * <pre>java bench/sandbox/SandboxBench.java [baseUrl=http://127.0.0.1:8089] [seconds=20] [clients=32]</pre>
 */
public class SandboxBench {

    static final String MERCHANT = "01SANDBOXMERCHANT000000000";
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8089";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;

        String token = field(post(base + "/v1/users/login", null,
                "{\"clientID\":\"sandbox-client\",\"secret\":\"sandbox-secret\",\"grant_type\":\"client_credentials\"}"),
                "access_token");
        String paymentId = seedPayment(base, token);

        LongAdder creates = new LongAdder();
        LongAdder reads = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        String dqrBody = "{\"merchantVpa\":\"trustpay@sandbox\",\"amount\":10000,\"referenceId\":\"bench\"}";

        // Warm-up: 3 s, not counted.
        runFor(base, token, paymentId, dqrBody, clients, 3, new LongAdder(), new LongAdder(), new LongAdder());
        long t0 = System.nanoTime();
        runFor(base, token, paymentId, dqrBody, clients, seconds, creates, reads, errors);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long total = creates.sum() + reads.sum();
        System.out.printf("clients=%d duration=%.1fs%n", clients, elapsed);
        System.out.printf("dqr create: %d (%.0f req/s)%n", creates.sum(), creates.sum() / elapsed);
        System.out.printf("payment read: %d (%.0f req/s)%n", reads.sum(), reads.sum() / elapsed);
        System.out.printf("total: %.0f requests/s, errors=%d%n", total / elapsed, errors.sum());
    }

    static void runFor(String base, String token, String paymentId, String dqrBody, int clients, int seconds,
            LongAdder creates, LongAdder reads, LongAdder errors) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        count(send("POST", base + "/api/v1/merchants/dqr", token, dqrBody), 201, creates, errors);
                        count(send("GET", base + "/api/v1/merchants/payments/" + paymentId, token, null), 200, reads,
                                errors);
                    } catch (Exception e) {
                        errors.increment();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    static void count(HttpResponse<String> r, int expected, LongAdder ok, LongAdder errors) {
        (r.statusCode() == expected ? ok : errors).increment();
    }

    static String seedPayment(String base, String token) throws Exception {
        String dqr = send("POST", base + "/api/v1/merchants/dqr", token,
                "{\"merchantVpa\":\"trustpay@sandbox\",\"amount\":10000}").body();
        String id = field(dqr, "id");
        String pay = send("POST", base + "/api/v1/merchants/pay", token, "{\"refId\":\"" + id
                + "\",\"payerVpa\":\"success@okbank\",\"payeeVpa\":\"trustpay@sandbox\",\"amount\":10000}").body();
        return field(pay, "paymentId");
    }

    static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token).header("merchantId", MERCHANT);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String post(String url, String token, String body) throws Exception {
        return send("POST", url, token, body).body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
