package com.trustpay.payment.internal.web;

import com.trustpay.payment.audit.persistence.AuditRepository;
import com.trustpay.payment.internal.persistence.TransactionsQuery;
import com.trustpay.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal read API (never exposed through the gateway). */
@RestController
class InternalController {

    /** Transactions created in {@code [from, to)}. */
    record Transactions(Instant from, Instant to, List<TransactionsQuery.Row> transactions) {}

    /** An escrow's payment audit log, oldest first. */
    record Audit(UUID escrowId, List<AuditRepository.Entry> entries) {}

    private static final Duration MAX_RANGE = Duration.ofDays(31);

    private final TransactionsQuery transactions;
    private final AuditRepository audit;

    InternalController(TransactionsQuery transactions, AuditRepository audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    @GetMapping("/internal/transactions")
    Transactions transactions(@RequestParam String from, @RequestParam String to) {
        Instant f = parse("from", from);
        Instant t = parse("to", to);
        if (!t.isAfter(f) || Duration.between(f, t).compareTo(MAX_RANGE) > 0) {
            throw badRange("to", "to must be after from, at most 31 days apart");
        }
        return new Transactions(f, t, transactions.between(f, t));
    }

    @GetMapping("/internal/escrows/{escrowId}/audit")
    Audit audit(@PathVariable UUID escrowId) {
        return new Audit(escrowId, audit.forEscrow(escrowId));
    }

    private static Instant parse(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw badRange(field, "times must be ISO-8601 with an offset, e.g. 2026-01-01T00:00:00Z");
            }
        }
    }

    /** An unusable time range: 400 {@code INVALID_RANGE}, answered by platform-web. */
    private static ProblemException badRange(String field, String message) {
        return ProblemException.invalid(field, "INVALID_RANGE", message);
    }
}
