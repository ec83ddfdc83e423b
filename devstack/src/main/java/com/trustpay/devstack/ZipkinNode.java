package com.trustpay.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Zipkin server (io.zipkin:zipkin-server 3.5.1, exec jar, in-memory storage) as its own process, for the spans
 * every service reports when {@code ZIPKIN_ENDPOINT} is set. The devstack build copies the jar to
 * {@code devstack/target/zipkin/zipkin-server.jar}; without it the stack runs without Zipkin.
 */
public final class ZipkinNode implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ZipkinNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Where the devstack build puts the Zipkin server jar. */
    static Optional<Path> jar(Path root) {
        Path jar = root.resolve("devstack/target/zipkin/zipkin-server.jar");
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** Starts Zipkin on the port (not yet ready: see {@link #awaitReady}). */
    static ZipkinNode start(Path jar, int port, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve("zipkin.log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("QUERY_PORT", String.valueOf(port));
        builder.environment().put("STORAGE_TYPE", "mem");
        builder.environment().put("MEM_MAX_SPANS", "100000");
        return new ZipkinNode(builder.start(), port, log);
    }

    /** Zipkin's UI and API base URL. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the services send their spans. */
    public String spansEndpoint() {
        return url() + "/api/v2/spans";
    }

    void awaitReady(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Zipkin exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/health"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(Duration.ofMillis(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Zipkin not ready after " + atMost + "; see " + log);
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(10));
    }
}
