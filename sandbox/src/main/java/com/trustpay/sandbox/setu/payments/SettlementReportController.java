package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acquirer's daily settlement report: every payment that succeeded on one India date, as the bank settles it to
 * the merchant. Setu's real report format and delivery are UNCONFIRMED (PROVIDERS.md documents none); this is the
 * sandbox's chosen shape, documented in the sandbox README, so that reconciliation can find money we never heard of.
 * It sits under {@code /api/v1/merchants/**}, so it needs the bearer token and {@code merchantId} and takes the same
 * endpoint faults as every other Setu API.
 */
@RestController
class SettlementReportController {

    /** One settled payment. Amounts in paise; {@code txnTs} RFC 3339 (+05:30). */
    record Entry(
            String paymentId,
            String productInstanceId,
            String referenceId,
            String txnId,
            String rrn,
            long amount,
            String status,
            String txnTs) {}

    /** {@code {merchantId, date, settlementId, currency, count, totalAmount, entries}}. */
    record Report(
            String merchantId,
            String date,
            String settlementId,
            String currency,
            int count,
            long totalAmount,
            List<Entry> entries) {}

    private final PaymentStore store;

    SettlementReportController(PaymentStore store) {
        this.store = store;
    }

    @GetMapping("/api/v1/merchants/settlements/report")
    Report report(@RequestHeader("merchantId") String merchantId, @RequestParam(required = false) String date) {
        LocalDate day = parse(date);
        Instant from = day.atStartOfDay(SetuTime.IST).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(SetuTime.IST).toInstant();
        List<Entry> entries = store.all().stream()
                .filter(p -> p.instance().merchantId().equals(merchantId))
                .map(Payment::view)
                .filter(v -> "success".equals(v.status()))
                .filter(v -> {
                    Instant at = SetuTime.parse(v.txnTs());
                    return !at.isBefore(from) && at.isBefore(to);
                })
                .map(v -> new Entry(
                        v.id(),
                        v.productInstanceId(),
                        v.referenceId(),
                        v.txnId(),
                        v.rrn(),
                        v.amount(),
                        v.status(),
                        v.txnTs()))
                .sorted(Comparator.comparing(Entry::txnTs).thenComparing(Entry::paymentId))
                .toList();
        long total = entries.stream().mapToLong(Entry::amount).sum();
        return new Report(
                merchantId,
                day.toString(),
                "setl_" + day.toString().replace("-", ""),
                "INR",
                entries.size(),
                total,
                entries);
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            throw SetuException.badRequest("date is required (yyyy-MM-dd, India date)");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw SetuException.badRequest("date must be yyyy-MM-dd");
        }
    }
}
