package com.trustpay.reconciliation.reconciliation.web;

import com.trustpay.reconciliation.reconciliation.application.ProviderReads;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbound HTTP edge to payment-service (the client of its internal reconciliation reads, never routed by the
 * gateway). Reads the providers' side through payment-service: {@code GET /internal/provider/transactions} (our transactions
 * read back) and {@code GET /internal/provider/listings} (the providers' own listings), in slices of at most
 * {@link #SLICE} (payment-service's limit), with the {@code X-Internal-Token}. Whatever fails (payment-service
 * down, a non-2xx, an unreadable body, a provider read payment-service reports as failed) becomes a failure of the
 * view, never an exception and never an empty side: a run without the full third side says it is incomplete.
 */
public final class PaymentServiceReads implements ProviderReads {

    static final Duration SLICE = Duration.ofDays(2);

    private final HttpClient http;
    private final String baseUrl;
    private final String token;
    private final Duration timeout;
    private final JsonMapper json;

    public PaymentServiceReads(String baseUrl, String token, Duration timeout, JsonMapper json) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token == null ? "" : token.strip();
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public ProviderView read(Instant from, Instant to) {
        List<ProviderView.ReadBack> readBacks = new ArrayList<>();
        List<ProviderView.ListedPayout> payouts = new ArrayList<>();
        List<ProviderView.Settlement> settlements = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Instant f = from; f.isBefore(to); f = f.plus(SLICE)) {
            Instant t = f.plus(SLICE).isBefore(to) ? f.plus(SLICE) : to;
            JsonNode back = get("/internal/provider/transactions", f, t, failures);
            if (back != null) {
                back.path("transactions").forEach(n -> readBacks.add(readBack(n)));
                collectFailures(back, failures);
            }
            JsonNode listings = get("/internal/provider/listings", f, t, failures);
            if (listings != null) {
                listings.path("payouts")
                        .forEach(n -> payouts.add(new ProviderView.ListedPayout(
                                n.path("payoutId").asString(),
                                text(n, "referenceId"),
                                n.path("amountPaise").asLong(),
                                text(n, "status"),
                                text(n, "utr"),
                                Instant.parse(n.path("createdAt").asString()))));
                listings.path("settlements")
                        .forEach(n -> settlements.add(new ProviderView.Settlement(
                                n.path("paymentId").asString(),
                                text(n, "referenceId"),
                                text(n, "rrn"),
                                n.path("amountPaise").asLong(),
                                text(n, "status"),
                                Instant.parse(n.path("settledAt").asString()))));
                collectFailures(listings, failures);
            }
        }
        return new ProviderView(readBacks, payouts, settlements, failures);
    }

    private JsonNode get(String path, Instant from, Instant to, List<String> failures) {
        URI uri = URI.create(baseUrl + path + "?from=" + enc(from) + "&to=" + enc(to));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("X-Internal-Token", token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                failures.add("payment-service " + path + " answered " + response.statusCode());
                return null;
            }
            JsonNode tree = json.readTree(response.body());
            if (!tree.isObject()) {
                failures.add("payment-service " + path + " answered no JSON object");
                return null;
            }
            return tree;
        } catch (IOException | JacksonException e) {
            failures.add("payment-service " + path + " unreachable: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("payment-service " + path + " interrupted");
            return null;
        } catch (RuntimeException e) {
            failures.add("payment-service " + path + " answered something unreadable: " + e.getMessage());
            return null;
        }
    }

    private static void collectFailures(JsonNode answer, List<String> failures) {
        answer.path("failures")
                .forEach(f ->
                        failures.add(text(f, "provider") + " " + text(f, "operation") + ": " + text(f, "message")));
        if (!answer.path("complete").asBoolean(false) && answer.path("failures").isEmpty()) {
            failures.add("payment-service says its answer is incomplete");
        }
    }

    private static ProviderView.ReadBack readBack(JsonNode n) {
        Map<String, String> ids = new HashMap<>();
        n.path("providerIds")
                .properties()
                .forEach(e -> ids.put(e.getKey(), e.getValue().asString()));
        JsonNode amount = n.path("providerAmountPaise");
        return new ProviderView.ReadBack(
                n.path("kind").asString(),
                UUID.fromString(n.path("escrowId").asString()),
                text(n, "reference"),
                text(n, "ourStatus"),
                n.path("ourAmountPaise").asLong(),
                ids,
                ProviderView.Read.valueOf(n.path("read").asString()),
                text(n, "providerStatus"),
                amount.isNumber() ? amount.asLong() : null,
                Instant.parse(n.path("createdAt").asString()));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() ? v.asString() : null;
    }

    private static String enc(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }
}
