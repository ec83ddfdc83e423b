package com.trustpay.payment.provider.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import tools.jackson.databind.JsonNode;

/** Small, forgiving readers for provider JSON: absent, null and non-scalar values read as {@code null}. */
public final class Json {

    /** RFC 3339 with either offset form ({@code +05:30} or {@code +0530}), as Setu writes both. */
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    private Json() {}

    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    public static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is not an integer");
        }
        return value.asLong();
    }

    public static Instant time(String text) {
        return text == null ? null : OffsetDateTime.parse(text, LENIENT).toInstant();
    }
}
