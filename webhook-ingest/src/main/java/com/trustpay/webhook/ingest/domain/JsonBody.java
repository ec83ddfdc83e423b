package com.trustpay.webhook.ingest.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook body read once as a JSON tree, strictly: one object, no trailing content and no repeated keys (a
 * repeated {@code eventId} could be read one way here and another way downstream). Only the fields asked for
 * are looked at; the body is never written back.
 */
public final class JsonBody {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** @throws MalformedWebhookException unless {@code body} is exactly one well-formed JSON object */
    public static JsonBody parse(byte[] body) {
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedWebhookException("Body is not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("Body is not a JSON object");
        }
        return new JsonBody(root);
    }

    /** The non-blank string at {@code pointer} (e.g. {@code /payload/payout/entity/id}), or {@code null}. */
    public String optionalText(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : null;
    }

    /** @throws MalformedWebhookException when {@code pointer} holds no non-blank string */
    public String requiredText(String pointer) {
        String value = optionalText(pointer);
        if (value == null) {
            throw new MalformedWebhookException("Missing string field " + pointer);
        }
        return value;
    }

    /** The ISO-8601 time with offset at {@code pointer}, or {@code null} when absent or unreadable. */
    public Instant optionalIsoTime(String pointer) {
        String text = optionalText(pointer);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The integer at {@code pointer} if it fits a long, or {@code null}. */
    public Long optionalLong(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
    }

    /** The epoch-seconds time at {@code pointer}, or {@code null} when absent or not an integer. */
    public Instant optionalEpochSeconds(String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            return null;
        }
        long seconds = node.longValue();
        return seconds >= 0 && seconds <= Instant.MAX.getEpochSecond() ? Instant.ofEpochSecond(seconds) : null;
    }

    /** The first string of the array at {@code pointer}, or {@code null}. */
    public String firstText(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isArray() && !node.isEmpty() && node.get(0).isString()
                ? node.get(0).stringValue()
                : null;
    }

    /** The non-blank string {@code field} of the last object in the array at {@code pointer}, or {@code null}. */
    public String lastText(String pointer, String field) {
        JsonNode node = root.at(pointer);
        if (!node.isArray() || node.isEmpty()) {
            return null;
        }
        JsonNode value = node.get(node.size() - 1).path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }
}
