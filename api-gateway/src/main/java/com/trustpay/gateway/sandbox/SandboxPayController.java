package com.trustpay.gateway.sandbox;

import com.trustpay.platform.web.Problem;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** {@code POST /sandbox-pay}: the UI's "Simulate payment" (signed-in users only; see the security rules). */
@RestController
@ConditionalOnBooleanProperty("trustpay.sandbox.enabled")
class SandboxPayController {

    private static final String PATH = "/sandbox-pay";
    private static final Pattern REF_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final SandboxPayer payer;

    SandboxPayController(SandboxPayer payer) {
        this.payer = payer;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> pay(@RequestBody SandboxPayRequest request) {
        String payerVpa = SandboxPayer.payerVpa(request.outcome());
        if (request.refId() == null
                || !REF_ID.matcher(request.refId()).matches()
                || request.amountPaise() == null
                || request.amountPaise() < 1
                || payerVpa == null) {
            return Mono.just(problem(
                    HttpStatus.BAD_REQUEST,
                    "INVALID_REQUEST",
                    "refId, a positive amountPaise and outcome SUCCESS or FAILURE are required."));
        }
        return payer.pay(request.refId(), request.amountPaise(), payerVpa)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .onErrorResume(
                        WebClientResponseException.class,
                        e -> Mono.just(problem(
                                HttpStatus.BAD_GATEWAY,
                                "SANDBOX_REJECTED",
                                "The sandbox refused the simulated payment ("
                                        + e.getStatusCode().value()
                                        + "); the payment may have expired or been paid already.")))
                .onErrorResume(
                        e -> !(e instanceof WebClientResponseException),
                        e -> Mono.just(problem(
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "SANDBOX_UNAVAILABLE",
                                "The payment sandbox is not answering right now.")));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String code, String detail) {
        return Problem.of(status, code, detail).at(PATH).toResponseEntity();
    }
}
