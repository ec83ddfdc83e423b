package com.trustpay.reconciliation.reconciliation.web;

import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mismatches as CSV that opens correctly in a spreadsheet: RFC 4180 (comma, CRLF, quotes doubled), a UTF-8 byte
 * order mark so that Excel reads UTF-8, amounts in paise and in rupees with two decimals, and every text cell that
 * a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return first) prefixed with an apostrophe,
 * so that a reference or detail sent by a provider can never run as a formula (CSV injection).
 */
final class CsvExport {

    static final String BOM = "\uFEFF";

    static final List<String> HEADER = List.of(
            "mismatchId",
            "kind",
            "severity",
            "status",
            "escrowId",
            "reference",
            "providerIds",
            "ourAmountPaise",
            "ourAmountRupees",
            "providerAmountPaise",
            "providerAmountRupees",
            "ourStatus",
            "providerStatus",
            "detail",
            "occurredAt",
            "firstSeen",
            "lastSeen",
            "note");

    private CsvExport() {}

    static String of(List<Mismatch> mismatches) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER.stream().map(CsvExport::text).toList());
        for (Mismatch m : mismatches) {
            Finding f = m.finding();
            line(
                    csv,
                    List.of(
                            text(m.id().toString()),
                            text(f.kind().name()),
                            text(f.kind().severity().name()),
                            text(m.status().name()),
                            text(f.escrowId().toString()),
                            text(f.reference()),
                            text(ids(f.providerIds())),
                            paise(f.ourAmountPaise()),
                            rupees(f.ourAmountPaise()),
                            paise(f.providerAmountPaise()),
                            rupees(f.providerAmountPaise()),
                            text(f.ourStatus()),
                            text(f.providerStatus()),
                            text(f.detail()),
                            time(f.occurredAt()),
                            time(m.firstSeen()),
                            time(m.lastSeen()),
                            text(m.note())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells)).append("\r\n");
    }

    /** A text cell: neutralised if a spreadsheet would read it as a formula, then quoted if it needs quotes. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell =
                switch (value.charAt(0)) {
                    case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
                    default -> value;
                };
        boolean quote = cell.indexOf(',') >= 0
                || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0
                || !cell.equals(cell.strip());
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    static String paise(Long paise) {
        return paise == null ? "" : Long.toString(paise);
    }

    /** Paise as rupees with exactly two decimals, computed in integers (never floating point). */
    static String rupees(Long paise) {
        if (paise == null) {
            return "";
        }
        long abs = Math.abs(paise);
        String rupees = (abs / 100) + "." + String.format("%02d", abs % 100);
        // A plain number, also when negative: only text cells can carry a formula.
        return paise < 0 ? "-" + rupees : rupees;
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String ids(Map<String, String> ids) {
        return ids.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
