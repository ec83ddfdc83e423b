package com.trustpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.gateway.support.Http;
import com.trustpay.gateway.support.StubBackend;
import com.trustpay.gateway.support.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With escrow-service down, neither tokens nor logins can be checked: 503 problem JSON, never 500 or 401. */
@ActiveProfiles("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscrowServiceDownIT {

    static final String DOWN = StubBackend.deadUrl();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("trustpay.backends.escrow", () -> DOWN);
    }

    @LocalServerPort
    int port;

    @Test
    void aTokenThatCannotBeCheckedGets503() {
        HttpResponse<byte[]> response = new Http(port).get("/api/escrows", new TestTokens().user());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Http.json(response).get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void loginGets503FromTheCircuitBreaker() {
        HttpResponse<byte[]> response =
                new Http(port).postJson("/api/auth/login", null, "{\"email\":\"a@x.in\",\"password\":\"p\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Http.json(response).get("detail").asString()).contains("escrow service");
    }
}
