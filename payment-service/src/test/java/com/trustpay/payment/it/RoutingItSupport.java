package com.trustpay.payment.it;

import com.trustpay.payment.routing.application.CollectionProviders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * payment-service routing between Setu and the sandbox's PhonePe stand-in, with a breaker that opens after two
 * unknown outcomes, waits a second and closes after one good probe (every 200 ms).
 */
@TestPropertySource(
        properties = {
            "payment.routing.order=setu,phonepe",
            "payment.routing.breaker.window=2",
            "payment.routing.breaker.minimum-calls=2",
            "payment.routing.breaker.open-for=1s",
            "payment.routing.breaker.probes-to-close=1",
            "payment.routing.probe-every=200ms",
            "payment.phonepe.client-id=TRUSTPAYSANDBOX_2612",
            "payment.phonepe.client-secret=sandbox-phonepe-secret",
            "payment.phonepe.http.read-timeout=1500ms",
            "payment.phonepe.http.call-timeout=2s"
        })
abstract class RoutingItSupport extends PaymentServiceItSupport {

    /** Setu is down: its merchant APIs answer 503 (its token service still answers). */
    static final String SETU_DOWN = """
            {"latencyMs": 0, "timeoutMs": 30000, "webhooks": {}, "endpoints": {
              "POST /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503},
              "GET /api/v1/merchants/**": {"errorRate": 1.0, "errorStatus": 503}}}
            """;

    @Autowired
    CollectionProviders providers;

    @DynamicPropertySource
    static void phonePe(DynamicPropertyRegistry registry) {
        registry.add("payment.phonepe.base-url", () -> sandbox.phonePeUrl());
        registry.add("payment.phonepe.auth-url", () -> sandbox.phonePeUrl());
    }
}
