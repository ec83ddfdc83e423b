package com.trustpay.sandbox.setu.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/** Setu's timestamps: RFC 3339 in India time ({@code +05:30}); parsing also accepts {@code +0530}. */
public final class SetuTime {

    public static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    private SetuTime() {}

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.atOffset(IST));
    }

    /** Parses an RFC 3339 timestamp, or throws {@link DateTimeParseException}. */
    public static Instant parse(String text) {
        return OffsetDateTime.parse(text, LENIENT).toInstant();
    }
}
