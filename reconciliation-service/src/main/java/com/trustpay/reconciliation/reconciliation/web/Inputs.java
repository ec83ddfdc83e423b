package com.trustpay.reconciliation.reconciliation.web;

import com.trustpay.platform.problem.ProblemException;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus;
import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Query and body values as text, so that each wrong one gets its own problem. A time is ISO-8601 with an offset
 * ({@code 2026-12-01T00:00:00+05:30}) or a date, which means the start of that day in IST.
 */
final class Inputs {

    private Inputs() {}

    record RunRequest(String from, String to) {}

    record Note(String note) {}

    static Instant time(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid(field, "RECONCILIATION_RANGE_INVALID", field + " is required");
        }
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(RunWindow.IST).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    field,
                    "RECONCILIATION_RANGE_INVALID",
                    field + " must be an ISO-8601 time with offset or a date, not '" + raw + "'");
        }
    }

    static Instant optionalTime(String field, String raw) {
        return raw == null || raw.isBlank() ? null : time(field, raw);
    }

    static MismatchKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MismatchKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "INVALID_FILTER", "Unknown mismatch kind " + raw);
        }
    }

    static MismatchStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MismatchStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "INVALID_FILTER", "Unknown mismatch status " + raw);
        }
    }

    static UUID escrowId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("escrowId", "INVALID_FILTER", "escrowId must be a UUID");
        }
    }

    /** An admin's note: required, at most 2,000 characters. */
    static String note(Note body) {
        String note = body == null || body.note() == null ? "" : body.note().strip();
        if (note.isEmpty()) {
            throw ProblemException.invalid("note", "NOTE_REQUIRED", "Say in a note what was found or done");
        }
        if (note.length() > 2_000) {
            throw ProblemException.invalid("note", "NOTE_TOO_LONG", "A note has at most 2000 characters");
        }
        return note;
    }
}
