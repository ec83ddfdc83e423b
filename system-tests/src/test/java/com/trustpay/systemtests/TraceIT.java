package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.ZipkinNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The devstack's Zipkin gets every service's spans, and the context crosses HTTP and Kafka through the outbox
 * (ADR 0015): the trace of a create request reaches payment-service, and the trace of the provider's payment
 * webhook goes webhook-ingest → payment-service → escrow-service (the money held). The webhook's trace stayed in
 * webhook-ingest until its receipt writer carried each request's context to the outbox row it writes on its own thread.
 * And one escrow's traces are found by its id: the spans that worked on it carry the tag {@code escrow.id}.
 */
class TraceIT extends SystemTest {

    @Test
    void anEscrowsCreateRequestIsTracedAcrossTheServicesInZipkin() {
        ZipkinNode zipkin = stack.zipkin().orElseThrow(() -> new AssertionError("the stack runs Zipkin"));
        Api zipkinApi = new Api(zipkin.url());
        Deal deal = heldDeal("success@okaxis");
        bothConfirm(deal);
        api.awaitStatus(deal.payer(), deal.id(), "RELEASED", SETTLE);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<Set<String>> created = servicesPerTrace(zipkinApi, "api-gateway", "post", "/api/escrows");
                    assertThat(created)
                            .as("a create request's trace continues through the outbox into payment-service")
                            .anySatisfy(services ->
                                    assertThat(services).contains("api-gateway", "escrow-service", "payment-service"));
                    List<Set<String>> webhooks = servicesPerTrace(zipkinApi, "webhook-ingest", "", "");
                    assertThat(webhooks)
                            .as("a payment webhook's trace continues through the outbox into escrow-service")
                            .anySatisfy(services -> assertThat(services)
                                    .contains("webhook-ingest", "payment-service", "escrow-service"));
                });

        // One escrow's life, found by its id alone: every span that served a request on it or handled a message
        // about it is tagged escrow.id, so Zipkin's tag query returns its traces and no other escrow's.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode traces = zipkinApi
                            .get(
                                    "/api/v2/traces?annotationQuery=escrow.id%3D" + deal.id()
                                            + "&limit=1000&lookback=3600000",
                                    null)
                            .expect(200)
                            .json();
                    Set<String> services = new TreeSet<>();
                    for (JsonNode trace : traces) {
                        boolean tagged = false;
                        for (JsonNode span : trace) {
                            services.add(span.path("localEndpoint")
                                    .path("serviceName")
                                    .asString(""));
                            String escrow = span.path("tags").path("escrow.id").asString(null);
                            tagged |= deal.id().equals(escrow);
                        }
                        assertThat(tagged)
                                .as("each trace found has a span of this escrow")
                                .isTrue();
                    }
                    assertThat(services)
                            .as("the services on the escrow's path from create to RELEASED, in its own traces")
                            .contains("api-gateway", "escrow-service", "payment-service", "webhook-ingest");
                });
    }

    /** For each trace with a span of the service whose name has both words: the services with spans in it. */
    private static List<Set<String>> servicesPerTrace(Api zipkin, String service, String method, String path) {
        JsonNode traces = zipkin.get("/api/v2/traces?serviceName=" + service + "&limit=1000&lookback=3600000", null)
                .expect(200)
                .json();
        List<Set<String>> found = new ArrayList<>();
        for (JsonNode trace : traces) {
            boolean matches = false;
            Set<String> services = new TreeSet<>();
            for (JsonNode span : trace) {
                String name = span.path("localEndpoint").path("serviceName").asString("");
                services.add(name);
                String spanName = span.path("name").asString("");
                String url = span.path("tags").path("http.url").asString("");
                if (name.equals(service)
                        && spanName.contains(method)
                        && (spanName.contains(path) || url.contains(path))) {
                    matches = true;
                }
            }
            if (matches) {
                found.add(services);
            }
        }
        return found;
    }
}
