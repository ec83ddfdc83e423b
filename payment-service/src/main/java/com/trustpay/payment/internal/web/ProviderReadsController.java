package com.trustpay.payment.internal.web;

import com.trustpay.payment.internal.application.ProviderReads;
import com.trustpay.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciliation reads from the providers (internal API, token-protected, never routed by the gateway):
 * {@code GET /internal/provider/transactions?from&to} reads each of our transactions of the window back from its
 * provider, {@code GET /internal/provider/listings?from&to} returns the providers' own listings of the window. Both
 * answer 200 with {@code complete: false} and the {@code failures} when a provider read failed: the provider's
 * trouble is data for the caller, not an error of ours. Windows are at most 2 days: each read calls the providers.
 */
@RestController
class ProviderReadsController {

    private static final Duration MAX_RANGE = Duration.ofDays(2);

    private final ProviderReads reads;

    ProviderReadsController(ProviderReads reads) {
        this.reads = reads;
    }

    @GetMapping("/internal/provider/transactions")
    ProviderReads.ReadBacks transactions(@RequestParam String from, @RequestParam String to) {
        Instant f = parse("from", from);
        Instant t = parse("to", to);
        check(f, t);
        return reads.readBack(f, t);
    }

    @GetMapping("/internal/provider/listings")
    ProviderReads.Listings listings(@RequestParam String from, @RequestParam String to) {
        Instant f = parse("from", from);
        Instant t = parse("to", to);
        check(f, t);
        return reads.listings(f, t);
    }

    private static void check(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ProblemException.invalid("to", "INVALID_RANGE", "to must be after from, at most 2 days apart");
        }
    }

    private static Instant parse(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw ProblemException.invalid(
                        field, "INVALID_RANGE", "times must be ISO-8601 with an offset, e.g. 2026-01-01T00:00:00Z");
            }
        }
    }
}
