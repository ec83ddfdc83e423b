package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's API docs page: every service's OpenAPI document reaches the browser through the gateway's
 * {@code /v3/api-docs/{service}} (what {@code api-docs.js} fetches), names its service and states the version it was
 * built as — one version for the whole suite, never springdoc's placeholder {@code v0} — and lists the service's
 * real paths.
 */
class ApiDocsIT extends SystemTest {

    /** Each service the page shows, and one path its document must list. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("escrow", "/api/escrows");
        SERVICES.put("notification", "/api/notifications");
        SERVICES.put("reconciliation", "/api/admin/reconciliation");
        SERVICES.put("webhook", "/webhooks/{provider}");
        SERVICES.put("payment", "/internal/routing");
    }

    private final Api gateway = new Api(SystemUnderTest.gatewayUrl());

    @Test
    void everyServicesDocumentIsServedThroughTheGatewayWithItsBuildVersion() {
        List<String> versions = new java.util.ArrayList<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            JsonNode doc = gateway.get("/v3/api-docs/" + service.getKey(), null)
                    .expect(200)
                    .json();
            JsonNode info = doc.path("info");
            assertThat(info.path("title").asString())
                    .as("title of %s", service.getKey())
                    .startsWith("TrustPay ")
                    .contains(service.getKey());
            assertThat(info.path("version").asString())
                    .as("version of %s", service.getKey())
                    .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            versions.add(info.path("version").asString());
            assertThat(doc.path("paths").has(service.getValue()))
                    .as("%s lists %s", service.getKey(), service.getValue())
                    .isTrue();
        }
        assertThat(versions).as("one version for the suite").containsOnly(versions.getFirst());
    }
}
