package com.trustpay.payment.support;

import com.trustpay.payment.provider.http.HttpSettings;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A provider client's test against a local mock server (no Spring context): the server is started before each
 * test (before the subclass's own {@code @BeforeEach} builds its client) and closed after it.
 */
public abstract class ProviderClientTest {

    protected final MockWebServer server = new MockWebServer();

    @BeforeEach
    void startServer() throws Exception {
        server.start();
    }

    @AfterEach
    void closeServer() {
        server.close();
    }

    /** The server's base URL, without the trailing slash. */
    protected String baseUrl() {
        return server.url("").toString().replaceAll("/$", "");
    }

    /** Short timeouts, so that a test of a slow answer is quick. */
    protected static HttpSettings quickHttp(int getRetries) {
        return new HttpSettings(Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofSeconds(1), 4, getRetries);
    }

    protected static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
