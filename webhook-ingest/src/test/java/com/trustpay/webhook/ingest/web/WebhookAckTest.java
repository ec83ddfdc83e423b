package com.trustpay.webhook.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookAckTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAcceptedAnswerCarriesTheReceiptAndWhetherItWasStale() {
        UUID receipt = UUID.randomUUID();

        JsonNode fresh = JSON.readTree(WebhookAck.accepted(receipt, false).json());
        JsonNode stale = JSON.readTree(WebhookAck.accepted(receipt, true).json());

        assertThat(fresh.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(fresh.get("receiptId").asString()).isEqualTo(receipt.toString());
        assertThat(fresh.get("stale").asBoolean()).isFalse();
        assertThat(stale.get("stale").asBoolean()).isTrue();
    }

    @Test
    void aDuplicateAnswerHasOnlyItsStatus() {
        assertThat(WebhookAck.duplicate().json()).isEqualTo("{\"status\":\"DUPLICATE\"}");
    }
}
