import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load generator for a running webhook-ingest (see run.sh). Sends pre-signed, unique Setu and RazorpayX webhooks
 * at fixed arrival rates (open loop: each request has an intended send time and its latency is measured from
 * that time, so a slow server cannot hide queueing), then measures the bare limits of the same server at full
 * speed (closed loop): POST /bench/noop (does nothing), POST /bench/insert (one row through the same pool) and the
 * webhook path itself. Plain sockets with keep-alive and pre-built request bytes keep the generator cheap, since
 * it shares the machine with the server.
 *
 * <pre>java bench/webhook-ingest/WebhookBench.java url=http://127.0.0.1:18083 rates=500,1000,2000,3000,4000
 *      seconds=15 warmup=20 warmup-open=90 connections=64 max-seconds=10 out=results.txt</pre>
 */
public class WebhookBench {

    static final String SETU_SECRET = env("SETU_WEBHOOK_SECRET", "sandboxsetusecret1234567890");
    static final String RZPX_SECRET = env("PAYOUT_WEBHOOK_SECRET", "sandbox_rzpx_secret");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        URI url = URI.create(opt.getOrDefault("url", "http://127.0.0.1:18083"));
        // Actuator (Prometheus) is on the management port, never on the API port.
        URI management = URI.create(opt.getOrDefault("management", "http://127.0.0.1:19083"));
        int[] rates = Arrays.stream(opt.getOrDefault("rates", "500,1000,2000,3000,4000").split(","))
                .filter(r -> !r.isBlank() && !r.equals("none")).mapToInt(Integer::parseInt).toArray();
        boolean probes = !"webhook".equals(opt.get("limits"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "15"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        int warmupOpen = Integer.parseInt(opt.getOrDefault("warmup-open", "90"));
        int connections = Integer.parseInt(opt.getOrDefault("connections", "64"));
        int maxSeconds = Integer.parseInt(opt.getOrDefault("max-seconds", "10"));
        StringBuilder report = new StringBuilder();
        Cpu.options = opt;

        line(report, "webhook-ingest benchmark %s; %d cores; load average at start %s", Instant.now(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        line(report, "server %s; %d client connections; generator on the same machine", url, connections);

        // Warm-up, not reported, so that the fixed-rate runs measure the steady state of a long-running service:
        // full speed, then a fixed rate (a different mix of code paths: one webhook at a time, threads waking from
        // idle; measured: the JIT recompiles for about 70 s after such a switch), then wait until the service's
        // CPU falls idle (its compilers have finished).
        Result warm = closedLoop(url, Kind.WEBHOOK, warmup, connections);
        Result warmOpen = openLoop(url, 1000, warmupOpen, connections);
        long settleStarted = System.nanoTime();
        boolean settled = Cpu.awaitServiceIdle(30);
        line(report, "warm-up: %d webhooks in %d s at full speed, %d in %d s at 1,000/s; service CPU %s after %.0f s",
                warm.ok, warmup, warmOpen.ok, warmupOpen, settled ? "idle" : "still busy",
                (System.nanoTime() - settleStarted) / 1e9);
        line(report, "%nFixed arrival rates (%d s each; latency from the intended send time, incl. commit):", seconds);
        line(report, "%9s %8s %8s %7s %12s %8s %8s %9s %8s", "target/s", "sent", "ok", "errors", "sustained/s",
                "p50 ms", "p99 ms", "p99.9 ms", "max ms");
        int best = 0;
        long accepted = 0;
        List<String> cpuLines = new ArrayList<>();
        List<String> secondLines = new ArrayList<>();
        List<String> serverLines = new ArrayList<>();
        for (int rate : rates) {
            Cpu before = Cpu.now();
            Map<Double, Double> bucketsBefore = ServerLatency.buckets(management);
            Result r = openLoop(url, rate, seconds, connections);
            Map<Double, Double> bucketsAfter = ServerLatency.buckets(management);
            serverLines.add(String.format("%9d/s: p50 %s ms, p99 %s ms, p99.9 %s ms (client p99 %.1f ms)", rate,
                    ServerLatency.at(bucketsBefore, bucketsAfter, 0.5), ServerLatency.at(bucketsBefore, bucketsAfter, 0.99),
                    ServerLatency.at(bucketsBefore, bucketsAfter, 0.999), r.pct(99)));
            cpuLines.add(String.format("%9d/s:%s", rate, Cpu.perUnit(before, Cpu.now(), r.ok)));
            accepted += r.ok;
            secondLines.add(String.format("%9d/s: %s", rate, r.perSecondP99(rate)));
            line(report, "%9d %8d %8d %7d %12.0f %8.2f %8.2f %9.2f %8.1f", rate, r.sent, r.ok, r.errors,
                    r.sustained(), r.pct(50), r.pct(99), r.pct(99.9), r.pct(100));
            if (r.errors == 0 && r.pct(99) <= 25 && r.sustained() >= rate * 0.97) {
                best = Math.max(best, rate);
            }
        }
        line(report, "Highest fixed rate with p99 <= 25 ms, no errors and >= 97%% of the target sustained: %d/s", best);
        line(report, "%nThe same runs as the service saw them (webhook.latency of ACCEPTED answers, from the servlet's first line"
                + " to its answer; upper bucket bounds), against the client's view:");
        serverLines.forEach(l -> line(report, "%s", l));
        line(report, "%np99 ms of each second, by intended send time (a stall shows as a few bad seconds, overload as all):");
        secondLines.forEach(l -> line(report, "%s", l));
        line(report, "%nCPU ms per accepted webhook, by process (other = the rest of the machine, e.g. other builds):");
        cpuLines.forEach(l -> line(report, "%s", l));

        line(report, "%nBare limits (closed loop, %d connections, %d s each):", connections, maxSeconds);
        line(report, "%-24s %10s %8s %8s %8s", "endpoint", "rate/s", "p50 ms", "p99 ms", "errors");
        Result noop = probes ? closedLoop(url, Kind.NOOP, maxSeconds, connections) : new Result(0).finished();
        Result insert =
                probes ? closedLoop(url, Kind.INSERT, maxSeconds, connections) : new Result(0).finished();
        Cpu webhookStart = Cpu.now();
        Result webhook = closedLoop(url, Kind.WEBHOOK, maxSeconds, connections);
        String webhookCpu = Cpu.perUnit(webhookStart, Cpu.now(), webhook.ok);
        accepted += webhook.ok;
        for (var e : List.of(Map.entry("POST /bench/noop", noop), Map.entry("POST /bench/insert", insert),
                Map.entry("POST /webhooks (max)", webhook))) {
            line(report, "%-24s %10.0f %8.2f %8.2f %8d", e.getKey(), e.getValue().sustained(), e.getValue().pct(50),
                    e.getValue().pct(99), e.getValue().errors);
        }
        line(report, "Webhook max rate as a fraction of: no-op endpoint %.0f%%, single-row insert %.0f%%",
                100 * webhook.sustained() / noop.sustained(), 100 * webhook.sustained() / insert.sustained());
        line(report, "CPU ms per webhook at max rate:%s", webhookCpu);
        if (opt.containsKey("fsync-file")) {
            line(report, "%s", FsyncProbe.run(Path.of(opt.get("fsync-file")), 30));
        }
        line(report, "Webhooks acknowledged ACCEPTED in the measured runs: %d", accepted);
        line(report, "load average at end %s", loadAverage());
        if (opt.containsKey("out")) {
            Files.writeString(Path.of(opt.get("out")), report.toString());
        }
    }

    enum Kind { WEBHOOK, NOOP, INSERT }

    /**
     * The disk under PostgreSQL's WAL: one 8 KB write and fdatasync (what a commit waits for) every 2 ms, on the
     * same file system, with nothing else running. Every acknowledged webhook waits for one such flush (shared by a
     * batch), so a slow flush is a floor under the webhook latency that no code change can lower.
     */
    static final class FsyncProbe {

        static String run(Path file, int seconds) throws IOException, InterruptedException {
            List<Long> micros = new ArrayList<>();
            int slowSeconds = 0;
            long worstOfSecond = 0;
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(8192);
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                long secondEnds = System.nanoTime() + 1_000_000_000L;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    block.clear();
                    channel.write(block, (i % 1024) * 8192L);
                    channel.force(false);
                    long took = (System.nanoTime() - start) / 1000;
                    micros.add(took);
                    worstOfSecond = Math.max(worstOfSecond, took);
                    if (System.nanoTime() > secondEnds) {
                        if (worstOfSecond >= 25_000) slowSeconds++;
                        worstOfSecond = 0;
                        secondEnds += 1_000_000_000L;
                    }
                    Thread.sleep(2);
                }
            } finally {
                Files.deleteIfExists(file);
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format("Disk (8 KB write + fdatasync every 2 ms for %d s, machine otherwise idle): p50 %.2f ms,"
                    + " p99 %.2f ms, p99.9 %.2f ms, max %.0f ms; %d of %d seconds had a flush of 25 ms or more", seconds,
                    sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                    sorted[(int) (sorted.length * 0.999)] / 1e3, sorted[sorted.length - 1] / 1e3, slowSeconds, seconds);
        }
    }

    /** The service's own latency histogram ({@code webhook_latency_seconds_bucket}, ACCEPTED answers) from Prometheus. */
    static final class ServerLatency {

        /** Cumulative count by upper bound (seconds), summed over providers; empty when unavailable. */
        static Map<Double, Double> buckets(URI url) {
            Map<Double, Double> buckets = new java.util.TreeMap<>();
            try (var http = java.net.http.HttpClient.newHttpClient()) {
                String text = http.send(java.net.http.HttpRequest.newBuilder(url.resolve("/actuator/prometheus")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                for (String line : text.split("\n")) {
                    if (!line.startsWith("webhook_latency_seconds_bucket{") || !line.contains("outcome=\"accepted\"")) continue;
                    int le = line.indexOf("le=\"") + 4;
                    String bound = line.substring(le, line.indexOf('"', le));
                    double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
                    double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    buckets.merge(upper, count, Double::sum);
                }
            } catch (Exception e) {
                buckets.clear();
            }
            return buckets;
        }

        /** The upper bound, in ms, of the bucket holding quantile {@code q} of what was recorded in between. */
        static String at(Map<Double, Double> before, Map<Double, Double> after, double q) {
            double total = after.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
            if (total <= 0) return "n/a";
            for (var e : after.entrySet()) {
                if (e.getValue() - before.getOrDefault(e.getKey(), 0.0) >= q * total) {
                    return e.getKey().isInfinite() ? "inf" : String.format("%.1f", e.getKey() * 1000);
                }
            }
            return "n/a";
        }
    }

    /**
     * CPU time by process group, from /proc: the service and Kafka (pids given as service-pid=, kafka-pid=), the
     * PostgreSQL processes serving the benchmark database plus its WAL writer, this generator, and everything
     * else on the machine (other builds).
     */
    static final class Cpu {
        static final String[] GROUPS = {"service", "postgres", "kafka", "generator", "other"};
        static Map<String, String> options = Map.of();
        final Map<String, Long> ticks = new LinkedHashMap<>();
        final long at = System.nanoTime();
        long walBytes = -1;
        long checkpoints = -1;

        static Cpu now() {
            Cpu cpu = new Cpu();
            for (String g : GROUPS) cpu.ticks.put(g, 0L);
            long mine = 0;
            String service = options.getOrDefault("service-pid", "-");
            String kafka = options.getOrDefault("kafka-pid", "-");
            String db = options.getOrDefault("db", "trustpay_webhook_bench");
            String self = Long.toString(ProcessHandle.current().pid());
            File[] procs = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
            for (File proc : procs == null ? new File[0] : procs) {
                String pid = proc.getName();
                long t = processTicks(pid);
                mine += t;
                String group = pid.equals(service) ? "service" : pid.equals(kafka) ? "kafka"
                        : pid.equals(self) ? "generator" : null;
                if (group == null) {
                    String cmd = cmdline(pid);
                    if (cmd.startsWith("postgres:") && (cmd.contains(" " + db + " ") || cmd.contains("walwriter")
                            || cmd.contains("wal writer"))) group = "postgres";
                }
                if (group != null) cpu.ticks.merge(group, t, Long::sum);
            }
            // "other" holds the machine's busy ticks minus the known groups' here; perUnit takes its difference
            // between two snapshots, which is right even when processes of a group came or went in between.
            long machine = machineBusyTicks();
            long known = cpu.ticks.values().stream().mapToLong(Long::longValue).sum();
            cpu.ticks.put("other", machine - known);
            cpu.readDatabase();
            return cpu;
        }

        /** The WAL position and the number of checkpoints so far, through psql (PGHOST etc. from the environment). */
        void readDatabase() {
            try {
                Process psql = new ProcessBuilder("psql", "-d", "postgres", "-Atc",
                        "SELECT pg_current_wal_lsn() - '0/0', checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter")
                        .redirectErrorStream(true).start();
                String[] f = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\|");
                if (psql.waitFor() == 0 && f.length == 2) {
                    walBytes = new java.math.BigDecimal(f[0]).longValue();
                    checkpoints = Long.parseLong(f[1]);
                }
            } catch (Exception e) {
                // no psql: the WAL figures are left out
            }
        }

        /** Milliseconds of CPU per unit of work in each group between two snapshots. */
        static String perUnit(Cpu before, Cpu after, long units) {
            StringBuilder s = new StringBuilder();
            for (String g : GROUPS) {
                double ms = Math.max(0, after.ticks.get(g) - before.ticks.get(g)) * 10.0; // 100 ticks per second
                s.append(String.format(" %s %.3f", g, units == 0 ? Double.NaN : ms / units));
            }
            double seconds = (after.at - before.at) / 1e9;
            long busy = 0;
            for (String g : GROUPS) busy += after.ticks.get(g) - before.ticks.get(g);
            s.append(String.format("  (machine busy %.0f%% of %d cores)", busy / seconds,
                    Runtime.getRuntime().availableProcessors()));
            if (before.walBytes >= 0 && after.walBytes >= 0 && units > 0) {
                s.append(String.format("; WAL %.1f KB per webhook, %d checkpoint(s) began",
                        (after.walBytes - before.walBytes) / 1024.0 / units, after.checkpoints - before.checkpoints));
            }
            return s.toString();
        }

        /** Waits until the service used under 5 % of a core during one second, at most {@code seconds}. */
        static boolean awaitServiceIdle(int seconds) throws InterruptedException {
            String service = options.getOrDefault("service-pid", "-");
            for (int i = 0; i < seconds; i++) {
                long before = processTicks(service);
                Thread.sleep(1000);
                if (processTicks(service) - before < 5) {
                    return true;
                }
            }
            return false;
        }

        static long processTicks(String pid) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (Exception e) {
                return 0;
            }
        }

        static String cmdline(String pid) {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")), StandardCharsets.UTF_8)
                        .replace('\0', ' ');
            } catch (Exception e) {
                return "";
            }
        }

        static long machineBusyTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]); // not idle, iowait, guest
                return busy;
            } catch (Exception e) {
                return 0;
            }
        }
    }

    /** Sends rate*seconds requests, request i intended at start + i/rate. */
    static Result openLoop(URI url, int rate, int seconds, int connections) throws Exception {
        int n = rate * seconds;
        byte[][] requests = new byte[n][];
        for (int i = 0; i < n; i++) {
            requests[i] = webhookRequest(url, i);
        }
        long interval = 1_000_000_000L / rate;
        Result result = new Result(n);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        runWorkers(url, connections, conn -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                long intended = start + i * interval;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                result.record(i, conn.exchange(requests[i], true), System.nanoTime() - intended);
            }
        });
        result.finish(start);
        return result;
    }

    /** Sends back to back on every connection for the given time. */
    static Result closedLoop(URI url, Kind kind, int seconds, int connections) throws Exception {
        // Pre-signed webhooks for up to 8,000/s; the no-op and insert probes reuse one request.
        int capacity = (kind == Kind.WEBHOOK ? 8_000 : 60_000) * seconds;
        byte[][] webhooks = new byte[kind == Kind.WEBHOOK ? capacity : 0][];
        for (int i = 0; i < webhooks.length; i++) {
            webhooks[i] = webhookRequest(url, 10_000_000 + i);
        }
        Result result = new Result(capacity);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        byte[] probe = probeRequest(url, kind == Kind.NOOP ? "/bench/noop" : "/bench/insert");
        runWorkers(url, connections, conn -> {
            while (System.nanoTime() < end) {
                int i = next.getAndIncrement();
                if (i >= capacity) {
                    return;
                }
                long sent = System.nanoTime();
                byte[] request = kind == Kind.WEBHOOK ? webhooks[i] : probe;
                result.record(i, conn.exchange(request, kind == Kind.WEBHOOK), System.nanoTime() - sent);
            }
        });
        result.finish(start);
        return result;
    }

    interface Work {
        void run(Connection conn) throws Exception;
    }

    static void runWorkers(URI url, int connections, Work work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection conn = new Connection(url)) {
                    work.run(conn);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    static final class Result {
        final long[] latencies;
        final byte[] outcome; // 0 = not sent, 1 = ok, 2 = error
        final AtomicLong lastDone = new AtomicLong();
        int sent, ok, errors;
        double elapsedSeconds;
        long[] sorted;

        Result(int n) {
            latencies = new long[n];
            outcome = new byte[n];
        }

        void record(int i, boolean success, long latencyNanos) {
            latencies[i] = latencyNanos;
            outcome[i] = (byte) (success ? 1 : 2);
            lastDone.accumulateAndGet(System.nanoTime(), Math::max);
        }

        Result finished() {
            finish(System.nanoTime());
            return this;
        }

        void finish(long start) {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < outcome.length; i++) {
                if (outcome[i] != 0) {
                    sent++;
                    values.add(latencies[i]);
                    if (outcome[i] == 1) ok++; else errors++;
                }
            }
            sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            elapsedSeconds = Math.max(1e-9, (lastDone.get() - start) / 1e9);
        }

        double sustained() {
            return ok / elapsedSeconds;
        }

        /** The p99 latency of the requests intended for each second of an open-loop run, space separated. */
        String perSecondP99(int rate) {
            StringBuilder s = new StringBuilder();
            for (int from = 0; from < outcome.length; from += rate) {
                long[] second = new long[Math.min(rate, outcome.length - from)];
                int n = 0;
                for (int i = from; i < from + second.length; i++) {
                    if (outcome[i] != 0) second[n++] = latencies[i];
                }
                long[] values = Arrays.copyOf(second, n);
                Arrays.sort(values);
                s.append(n == 0 ? " -" : String.format(" %.0f", values[Math.max(0, (int) Math.ceil(0.99 * n) - 1)] / 1e6));
            }
            return s.toString().trim();
        }

        double pct(double p) {
            if (sorted.length == 0) return Double.NaN;
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /** One keep-alive HTTP/1.1 connection; reconnects when the server closes it. */
    static final class Connection implements AutoCloseable {
        final URI url;
        Socket socket;
        InputStream in;
        OutputStream out;

        Connection(URI url) throws IOException {
            this.url = url;
            open();
        }

        void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }

        /** True when the answer is 200 (and, for webhooks, ACCEPTED). */
        boolean exchange(byte[] request, boolean expectAccepted) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    out.write(request);
                    out.flush();
                    return readResponse(expectAccepted);
                } catch (IOException e) {
                    reopenQuietly();
                }
            }
            return false;
        }

        boolean readResponse(boolean expectAccepted) throws IOException {
            String status = readLine();
            if (status == null) throw new IOException("closed");
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false, close = false;
            for (String h = readLine(); h != null && !h.isEmpty(); h = readLine()) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) length = Integer.parseInt(lower.substring(15).trim());
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
            }
            byte[] body = chunked ? readChunked() : in.readNBytes(Math.max(length, 0));
            if (close) reopenQuietly();
            return code == 200 && (!expectAccepted || new String(body, StandardCharsets.US_ASCII).contains("ACCEPTED"));
        }

        byte[] readChunked() throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(readLine().split(";")[0].trim(), 16);
                if (size == 0) {
                    while (!readLine().isEmpty()) { }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine();
            }
        }

        String readLine() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') return s.toString();
                if (b != '\r') s.append((char) b);
            }
            return s.isEmpty() ? null : s.toString();
        }

        void reopenQuietly() {
            try {
                socket.close();
                open();
            } catch (IOException ignored) {
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * A unique webhook: four in five are Setu payment.success, one in five a RazorpayX payout.processed (of a payout of
     * its own: webhook-ingest de-duplicates RazorpayX on the signed payout id, event and created_at).
     */
    static byte[] webhookRequest(URI url, int i) {
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        if (i % 5 == 4) {
            byte[] body = ("{\"entity\":\"event\",\"account_id\":\"acc_SandboxAccount01\",\"event\":\"payout.processed\","
                    + "\"contains\":[\"payout\"],\"payload\":{\"payout\":{\"entity\":{\"id\":\"pout_"
                    + eventId.replace("-", "").substring(0, 14)
                    + "\",\"entity\":\"payout\",\"fund_account_id\":\"fa_bench\",\"amount\":50000,\"currency\":\"INR\","
                    + "\"fees\":590,\"tax\":90,\"status\":\"processed\",\"purpose\":\"payout\",\"utr\":\"UTR" + i
                    + "\",\"mode\":\"UPI\",\"reference_id\":\"escrow-" + i + "\",\"narration\":\"TrustPay release\","
                    + "\"created_at\":" + now.getEpochSecond() + "}}},\"created_at\":" + now.getEpochSecond() + "}")
                    .getBytes(StandardCharsets.UTF_8);
            return request(url, "/webhooks/razorpayx", body, Map.of(
                    "X-Razorpay-Signature", HexFormat.of().formatHex(hmac(RZPX_SECRET, body)),
                    "x-razorpay-event-id", "evt_" + eventId.replace("-", "").substring(0, 14)));
        }
        String ts = now.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).withNano(0).toString();
        byte[] body = ("{\"eventId\":\"" + eventId + "\",\"eventType\":\"payment.success\",\"eventTs\":\"" + ts
                + "\",\"resource\":\"payment\",\"id\":\"01JYXBENCH" + i + "\",\"status\":\"success\","
                + "\"merchantId\":\"01SANDBOXMERCHANT000000000\",\"merchantReferenceId\":\"escrow-" + i + "\","
                + "\"productInstanceId\":\"01JYXDQR" + i + "\",\"productInstanceType\":\"dqr\","
                + "\"txnId\":\"HDF10e4ab8a07f447eea54581383d92b" + i + "\",\"txnType\":\"pay\",\"txnTs\":\"" + ts
                + "\",\"refId\":\"SU01JYX" + i + "\",\"rrn\":\"123456789012\",\"amount\":1000,\"currency\":\"INR\","
                + "\"customerVpa\":\"payer@ybl\",\"merchantVpa\":\"trustpay@sandbox\",\"customerAccountType\":\"SAVINGS\","
                + "\"txnNote\":\"Escrow payment\",\"reason\":{},\"tpv\":{\"customerAccount\":{}},"
                + "\"tpvPlus\":{\"customerAccount\":{}}}").getBytes(StandardCharsets.UTF_8);
        return request(url, "/webhooks/setu", body,
                Map.of("x-setu-signature", Base64.getEncoder().encodeToString(hmac(SETU_SECRET, body))));
    }

    static byte[] probeRequest(URI url, String path) {
        return request(url, path, "{\"probe\":true,\"padding\":\"".concat("x".repeat(700)).concat("\"}")
                .getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static byte[] request(URI url, String path, byte[] body, Map<String, String> headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + url.getHost() + ":"
                + url.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) opt.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return opt;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
