package com.trustpay.gateway.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * Calls the sandbox's mock payer ({@code POST /api/v1/merchants/pay}) with a merchant token from
 * {@code POST /v1/users/login}, reused until shortly before it expires and fetched again once if refused. A
 * payment request payment-service routed to PhonePe PG (ADR 0017) is paid by the sandbox's PhonePe mock payer
 * ({@code POST /sandbox/phonepe/pay}): its intent link's {@code tr} is PhonePe's order id, {@code OMO…}.
 */
class SandboxPayer {

    /** The sandbox's magic payer VPAs (see the sandbox's {@code TestVpa}). */
    private static final Map<String, String> PAYER_VPAS = Map.of("SUCCESS", "success@upi", "FAILURE", "fail@upi");

    private final WebClient http;
    private final SandboxProperties props;
    private final Clock clock;
    private final AtomicReference<Token> token = new AtomicReference<>();

    SandboxPayer(WebClient http, SandboxProperties props, Clock clock) {
        this.http = http;
        this.props = props;
        this.clock = clock;
    }

    /** The payer VPA for an outcome, or null for an unknown outcome. */
    static String payerVpa(String outcome) {
        return outcome == null ? null : PAYER_VPAS.get(outcome);
    }

    /** Pays; the sandbox's answer ({@code productInstanceId, paymentId, status}) comes back as it is. */
    Mono<Map<String, Object>> pay(String refId, long amountPaise, String payerVpa) {
        if (refId.startsWith("OMO")) {
            return http.post()
                    .uri(props.url() + "/sandbox/phonepe/pay")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("orderId", refId, "state", payerVpa.startsWith("fail") ? "FAILED" : "COMPLETED"))
                    .retrieve()
                    .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {});
        }
        Map<String, Object> body =
                Map.of("refId", refId, "payerVpa", payerVpa, "payeeVpa", props.merchantVpa(), "amount", amountPaise);
        return currentToken()
                .flatMap(t -> post(t, body))
                .onErrorResume(
                        e -> e instanceof WebClientResponseException w
                                && w.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED),
                        e -> {
                            token.set(null);
                            return currentToken().flatMap(t -> post(t, body));
                        });
    }

    private Mono<Map<String, Object>> post(String bearer, Map<String, Object> body) {
        return http.post()
                .uri(props.url() + "/api/v1/merchants/pay")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.setBearerAuth(bearer);
                    h.set("merchantId", props.merchantId());
                })
                .bodyValue(body)
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {});
    }

    private Mono<String> currentToken() {
        Token held = token.get();
        if (held != null && held.fetchedAt().plus(props.tokenReuse()).isAfter(clock.instant())) {
            return Mono.just(held.value());
        }
        return http.post()
                .uri(props.url() + "/v1/users/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new Login(props.clientId(), props.clientSecret(), "client_credentials"))
                .retrieve()
                .bodyToMono(LoginAnswer.class)
                .map(answer -> {
                    token.set(new Token(answer.accessToken(), clock.instant()));
                    return answer.accessToken();
                });
    }

    private record Token(String value, Instant fetchedAt) {}

    private record Login(
            @JsonProperty("clientID") String clientId,
            String secret,
            @JsonProperty("grant_type") String grantType) {}

    private record LoginAnswer(@JsonProperty("access_token") String accessToken) {}
}
