package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Dockerfile every service is built with, and the health check script it puts in the image. */
class ImageRecipeTest {

    private static final String DOCKERFILE = "deploy/docker/Dockerfile";
    private static final String HEALTH_CHECK = "deploy/docker/healthcheck.sh";

    @Test
    void theDockerfileCopiesTheJarOfTheCurrentVersion() {
        assertThat(Repository.read(DOCKERFILE))
                .contains("ARG VERSION=" + Repository.projectVersion() + "\n")
                .contains("COPY ${MODULE}/target/${MODULE}-${VERSION}-exec.jar app.jar");
    }

    @Test
    void theImageRunsTheExtractedLayersAsANumericNonRootUser() {
        String dockerfile = Repository.read(DOCKERFILE);
        assertThat(dockerfile)
                .contains("FROM eclipse-temurin:21-jre")
                .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted")
                .contains("USER 10001:10001")
                .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).contains("COPY --from=extract /build/extracted/" + layer + "/ ./");
        }
        // The build context (the repository root) keeps everything out but the jars and the health check.
        assertThat(Repository.read(".dockerignore")
                        .lines()
                        .filter(l -> !l.startsWith("#"))
                        .toList())
                .containsExactly("**", "!*/target/*-exec.jar", "!" + HEALTH_CHECK);
    }

    @Test
    void theHealthCheckPassesOnlyOnAnHttp200() throws IOException {
        Tools.require("bash", "bash");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String port = String.valueOf(server.getAddress().getPort());
            assertThat(healthCheck(port)).as("readiness UP").isZero();
            assertThat(healthCheck(port, "/down")).as("503").isEqualTo(1);
            assertThat(healthCheck(port, "/missing")).as("404").isEqualTo(1);
            assertThat(healthCheck(String.valueOf(closedPort())))
                    .as("nothing listening")
                    .isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    private static int healthCheck(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", HEALTH_CHECK));
        command.addAll(List.of(arguments));
        return Tools.run(command).exitCode();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
