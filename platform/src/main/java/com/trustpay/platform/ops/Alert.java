package com.trustpay.platform.ops;

import com.trustpay.contracts.ops.Severity;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert a service asks {@link OpsAlerts} to raise. Repeats of one {@code kind} for one {@code key} inside the
 * throttle window are held back and reported together, so the text is written by {@code detail} once it is known
 * how many occurrences the alert stands for.
 *
 * @param kind a stable code, e.g. {@code PAYOUT_FAILED}
 * @param escrowId the escrow concerned, or {@code null}
 * @param key what repeats are counted by within the kind (the escrow id unless the caller says otherwise)
 * @param detail writes the alert's text for its occurrences
 */
public record Alert(Severity severity, String kind, UUID escrowId, String key, Detail detail) {

    public Alert {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(detail, "detail");
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("An alert needs a kind");
        }
        key = key == null ? "" : key;
    }

    /**
     * An alert about an escrow (or none) with a fixed text; repeats are counted per escrow, and an alert that stands
     * for several says how many after the text.
     */
    public static Alert of(Severity severity, String kind, UUID escrowId, String detail) {
        return new Alert(
                severity,
                kind,
                escrowId,
                escrowId == null ? "" : escrowId.toString(),
                (occurrences, since) ->
                        occurrences == 1 ? detail : detail + " (" + occurrences + " occurrences since " + since + ")");
    }

    /** The same alert, its repeats counted by {@code key} instead. */
    public Alert withKey(String key) {
        return new Alert(severity, kind, escrowId, key, detail);
    }

    /** Writes an alert's text. */
    @FunctionalInterface
    public interface Detail {

        /**
         * @param occurrences how many occurrences the alert reports: 1, or more when repeats were held back
         * @param since when the first of them happened
         */
        String describe(long occurrences, Instant since);
    }
}
