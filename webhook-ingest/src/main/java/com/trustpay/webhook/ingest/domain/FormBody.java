package com.trustpay.webhook.ingest.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A webhook body read once as {@code application/x-www-form-urlencoded} (UTF-8), strictly: every name at most once
 * (a repeated {@code status} could be read one way here and another way downstream) and no undecodable escapes.
 * The body is never written back.
 */
public final class FormBody {

    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = fields;
    }

    /** @throws MalformedWebhookException unless {@code body} is a well-formed form with no repeated names */
    public static FormBody parse(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (fields.putIfAbsent(name, value) != null) {
                throw new MalformedWebhookException("Form field " + abbreviated(name) + " is repeated");
            }
        }
        return new FormBody(fields);
    }

    /** The field's value as sent ({@code ""} when present but empty), or {@code ""} when absent. */
    public String text(String name) {
        return fields.getOrDefault(name, "");
    }

    /** @throws MalformedWebhookException when the field is absent or blank */
    public String requiredText(String name) {
        String value = text(name);
        if (value.isBlank()) {
            throw new MalformedWebhookException("Missing form field " + name);
        }
        return value;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedWebhookException("Form body has an undecodable escape", e);
        }
    }

    private static String abbreviated(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
