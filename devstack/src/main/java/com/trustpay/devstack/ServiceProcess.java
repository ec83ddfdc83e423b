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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service as an operating-system process: started from its runnable jar, logged to a file, probed, stopped. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final Path jar;
    private final int port;
    private final String probeUrl;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Path log;
    private Process process;

    /** A process that logs to {@code log} (its service's module name, or another for a second instance). */
    ServiceProcess(
            Service service,
            Path jar,
            int port,
            String probeUrl,
            Map<String, String> env,
            List<String> jvmOptions,
            Path log) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.probeUrl = probeUrl;
        this.env = env;
        this.jvmOptions = jvmOptions;
        this.log = log;
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Files.createDirectories(log.getParent());
        process = builder.start();
    }

    /** Waits until the readiness probe (on the management port, where there is one) answers 200, the process dies, or the time runs out. */
    void awaitReady(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        service.module() + " exited with " + process.exitValue() + " during start-up; see " + log);
            }
            if (ready()) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.module() + " not ready after " + atMost + "; see " + log);
    }

    boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(probeUrl))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the process: a polite SIGTERM, then SIGKILL after the grace period. */
    void stop(Duration grace) {
        ChildProcesses.stop(process, grace);
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Service service() {
        return service;
    }

    Path log() {
        return log;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
