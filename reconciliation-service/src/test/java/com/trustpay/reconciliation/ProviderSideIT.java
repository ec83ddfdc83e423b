package com.trustpay.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.trustpay.reconciliation.support.Admin;
import com.trustpay.reconciliation.support.ReconciliationServiceIT;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The third side against real PostgreSQL and in-process Kafka, with payment-service's internal reconciliation reads
 * served by a local server answering payloads in the shape payment-service's {@code ProviderReadsController} answers
 * (and checking the token): money we recorded that the provider lost is MISSING_AT_PROVIDER, a payout in RazorpayX's
 * listing and a payment in the settlement report that we never recorded are UNKNOWN_TO_US, the provider's other
 * amount and outcome are AMOUNT_MISMATCH and STATUS_MISMATCH; and each way a read can fail makes the run say it is
 * incomplete.
 */
@SpringBootTest(
        properties = {
            "trustpay.reconciliation.scheduled=false",
            "trustpay.outbox.poll-interval=100ms",
            "trustpay.reconciliation.payment-service.internal-token=it-internal-token",
            "trustpay.reconciliation.payment-service.timeout=1s"
        })
class ProviderSideIT extends ReconciliationServiceIT {

    /** How the stand-in payment-service answers. */
    enum Fault {
        SERVER_ERROR,
        SLOW,
        WRONG_TOKEN,
        NOT_JSON,
        PROVIDER_READ_FAILED,
        DOWN
    }

    private static final String TOKEN = "it-internal-token";
    private static final AtomicReference<Fault> FAULT = new AtomicReference<>();
    private static final AtomicReference<String> TRANSACTIONS = new AtomicReference<>();
    private static final AtomicReference<String> LISTINGS = new AtomicReference<>();
    private static final HttpServer SERVER = start();

    @DynamicPropertySource
    static void paymentService(DynamicPropertyRegistry registry) {
        registry.add(
                "trustpay.reconciliation.payment-service.url",
                () -> "http://127.0.0.1:" + SERVER.getAddress().getPort());
    }

    final Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
    final Instant to = from.plusSeconds(3600);

    final UUID lost = UUID.randomUUID();
    final UUID otherAmount = UUID.randomUUID();
    final UUID otherOutcome = UUID.randomUUID();
    final UUID fine = UUID.randomUUID();

    @BeforeEach
    void answers() {
        FAULT.set(null);
        String t = from.plusSeconds(600).toString();
        TRANSACTIONS.set("""
                {"from": "%1$s", "to": "%2$s", "complete": true, "failures": [], "transactions": [
                 {"kind": "PAYOUT", "escrowId": "%3$s", "reference": "PO-lost-1", "ourStatus": "SUCCEEDED",
                  "ourAmountPaise": 150000, "providerIds": {"razorpayxPayoutId": "pout_lost0000000001"},
                  "read": "NOT_FOUND", "createdAt": "%7$s"},
                 {"kind": "PAYMENT", "escrowId": "%4$s", "reference": "TPamount1", "ourStatus": "SUCCEEDED",
                  "ourAmountPaise": 150000, "providerIds": {"setuPaymentId": "01JPAYAMOUNT00000000000001",
                  "rrn": "123456789012"}, "read": "FOUND", "providerStatus": "success",
                  "providerAmountPaise": 140000, "createdAt": "%7$s"},
                 {"kind": "REFUND", "escrowId": "%5$s", "reference": "RF-outcome-1", "ourStatus": "SUCCEEDED",
                  "ourAmountPaise": 5000, "providerIds": {"setuRefundId": "01JREFOUTCOME000000000001"},
                  "read": "FOUND", "providerStatus": "failed", "providerAmountPaise": 5000, "createdAt": "%7$s"},
                 {"kind": "PAYOUT", "escrowId": "%6$s", "reference": "PO-fine-1", "ourStatus": "PROCESSING",
                  "ourAmountPaise": 90000, "providerIds": {"razorpayxPayoutId": "pout_fine0000000001"},
                  "read": "FOUND", "providerStatus": "processed", "providerAmountPaise": 90000, "createdAt": "%7$s"},
                 {"kind": "PAYMENT", "escrowId": "%6$s", "reference": "TPfine1", "ourStatus": "REQUESTED",
                  "ourAmountPaise": 90000, "providerIds": {}, "read": "NOT_SENT", "createdAt": "%7$s"}
                ]}
                """.formatted(from, to, lost, otherAmount, otherOutcome, fine, t));
        LISTINGS.set("""
                {"from": "%1$s", "to": "%2$s", "complete": true, "failures": [],
                 "payouts": [
                  {"payoutId": "pout_fine0000000001", "referenceId": "PO-fine-1", "amountPaise": 90000,
                   "status": "processed", "utr": "998877665544", "createdAt": "%3$s"},
                  {"payoutId": "pout_stranger000001", "referenceId": "not-ours", "amountPaise": 77700,
                   "status": "processed", "utr": "112233445566", "createdAt": "%3$s"}],
                 "settlements": [
                  {"reportDate": "2026-01-01", "paymentId": "01JPAYAMOUNT00000000000001", "referenceId": "TPamount1",
                   "rrn": "123456789012", "amountPaise": 140000, "status": "success", "settledAt": "%3$s"},
                  {"reportDate": "2026-01-01", "paymentId": "01JPAYSTRANGER000000000001", "rrn": "555566667777",
                   "amountPaise": 4200, "status": "success", "settledAt": "%3$s"}]}
                """.formatted(from, to, t));
    }

    @AfterAll
    void stop() {
        SERVER.stop(0);
    }

    @Test
    void theProvidersSideFindsWhatTheTwoWayComparisonCannot() {
        JsonNode run = runNow();

        JsonNode counts = run.get("run").get("counts");
        assertThat(counts.get("providerSideRead").asLong()).isEqualTo(1);
        assertThat(counts.get("providerSideIncomplete").asLong()).isZero();
        assertThat(counts.get("MISSING_AT_PROVIDER").asLong()).isEqualTo(1);
        assertThat(counts.get("UNKNOWN_TO_US").asLong()).isEqualTo(2);
        assertThat(counts.get("AMOUNT_MISMATCH").asLong()).isEqualTo(1);
        assertThat(counts.get("STATUS_MISMATCH").asLong()).isEqualTo(1);
        assertThat(counts.get("mismatches").asLong())
                .as("the lagging payout and the unsent payment are fine")
                .isEqualTo(5);

        Map<String, JsonNode> byKind = new HashMap<>();
        for (JsonNode m : run.get("mismatches")) {
            byKind.merge(
                    m.get("kind").asString(), m, (a, b) -> a.get("providerIds").has("setuPaymentId") ? a : b);
        }
        JsonNode missing = byKind.get("MISSING_AT_PROVIDER");
        assertThat(missing.get("escrowId").asString()).isEqualTo(lost.toString());
        assertThat(missing.get("providerIds").get("razorpayxPayoutId").asString())
                .isEqualTo("pout_lost0000000001");
        assertThat(missing.get("ourStatus").asString()).isEqualTo("SUCCEEDED");
        assertThat(missing.get("firstSeen").asString()).isNotBlank();
        assertThat(missing.get("lastSeen").asString()).isNotBlank();
        JsonNode unknownPayment = byKind.get("UNKNOWN_TO_US");
        assertThat(unknownPayment.get("providerIds").get("setuPaymentId").asString())
                .isEqualTo("01JPAYSTRANGER000000000001");
        assertThat(unknownPayment.get("providerAmountPaise").asLong()).isEqualTo(4200);
        assertThat(byKind.get("AMOUNT_MISMATCH").get("escrowId").asString()).isEqualTo(otherAmount.toString());
        assertThat(byKind.get("STATUS_MISMATCH").get("escrowId").asString()).isEqualTo(otherOutcome.toString());

        JsonNode again = runNow();
        assertThat(again.get("run").get("counts").get("newMismatches").asLong())
                .as("found again, the same mismatches")
                .isZero();
        assertThat(failuresOf(again)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFailedReadMakesTheRunSayItIsIncomplete(Fault fault) {
        FAULT.set(fault);

        JsonNode run = runNow();

        JsonNode counts = run.get("run").get("counts");
        assertThat(counts.get("providerSideIncomplete").asLong())
                .as(fault.name())
                .isEqualTo(1);
        assertThat(counts.get("providerReadFailures").asLong()).as(fault.name()).isPositive();
        assertThat(failuresOf(run)).as(fault.name()).isNotBlank();
    }

    private String failuresOf(JsonNode run) {
        List<String> found = jdbc.queryForList(
                "SELECT provider_read_failures FROM reconciliation_run WHERE id = ?::uuid",
                String.class,
                run.get("run").get("id").asString());
        return found.getFirst();
    }

    private JsonNode runNow() {
        Admin.Answer run =
                admin.post("/api/admin/reconciliation/runs", Map.of("from", from.toString(), "to", to.toString()));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        return run.json();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/internal/provider/transactions", ex -> answer(ex, TRANSACTIONS.get()));
            server.createContext("/internal/provider/listings", ex -> answer(ex, LISTINGS.get()));
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange ex, String body) throws IOException {
        Fault fault = FAULT.get();
        String token = ex.getRequestHeaders().getFirst("X-Internal-Token");
        if (fault == Fault.DOWN) {
            ex.close();
            return;
        }
        if (fault == Fault.WRONG_TOKEN || !TOKEN.equals(token)) {
            write(ex, 403, "{\"code\": \"INTERNAL_ONLY\", \"status\": 403}");
            return;
        }
        switch (fault) {
            case SERVER_ERROR -> write(ex, 500, "{\"code\": \"INTERNAL_ERROR\", \"status\": 500}");
            case SLOW -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                write(ex, 200, body);
            }
            case NOT_JSON -> write(ex, 200, "<html>gateway</html>");
            case PROVIDER_READ_FAILED -> write(ex, 200, body.replace("\"complete\": true, \"failures\": []", """
                            "complete": false, "failures": [{"provider": "razorpayx",
                             "operation": "GET /v1/payouts?from&to&skip=0",
                             "message": "HTTP 500 injected server error"}]"""));
            case null -> write(ex, 200, body);
            default -> write(ex, 200, body);
        }
    }

    private static void write(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
