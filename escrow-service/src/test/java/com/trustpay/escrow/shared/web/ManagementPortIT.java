package com.trustpay.escrow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.RealInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Actuator is served on the management port only: the API port answers none of it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ManagementPortIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusIsNotReachableOnTheApiPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(apiPort);

        HttpResponse<String> prometheus = get(apiPort, "/actuator/prometheus");

        assertThat(prometheus.statusCode()).isEqualTo(404);
        assertThat(prometheus.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(prometheus.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(get(apiPort, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(apiPort, "/actuator/info").statusCode()).isIn(401, 404);
    }

    @Test
    void theManagementPortServesHealthAndPrometheusButNothingElse() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");

        assertThat(get(managementPort, "/actuator/info").statusCode()).isIn(401, 404);
        assertThat(get(managementPort, "/actuator/env").statusCode()).isIn(401, 404);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
