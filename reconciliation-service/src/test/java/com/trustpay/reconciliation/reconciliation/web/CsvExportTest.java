package com.trustpay.reconciliation.reconciliation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final Instant AT = Instant.parse("2026-12-01T04:00:00Z");

    @Test
    void aHeaderRowThenOneLinePerMismatchWithPaiseAndRupees() {
        Mismatch m = mismatch("TP-REF-1", "collected 1200 paise", 125_050L, 5L);

        String[] lines = CsvExport.of(List.of(m)).split("\r\n");

        assertThat(lines[0]).startsWith(CsvExport.BOM + "mismatchId,kind,severity,status,escrowId,reference,");
        assertThat(lines[0]).contains("ourAmountPaise,ourAmountRupees,providerAmountPaise,providerAmountRupees");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",125050,1250.50,5,0.05,");
        assertThat(lines[1]).contains(",AMOUNT_MISMATCH,WARNING,OPEN,");
        assertThat(lines[1]).contains(",rrn=R1 setuPaymentId=P1,");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(CsvExport.text("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvExport.text("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExport.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.text("plain")).isEqualTo("plain");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvExport.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.text(null)).isEmpty();
    }

    @Test
    void rupeesAreExactFromPaise() {
        assertThat(CsvExport.rupees(0L)).isEqualTo("0.00");
        assertThat(CsvExport.rupees(7L)).isEqualTo("0.07");
        assertThat(CsvExport.rupees(10_000_000L)).isEqualTo("100000.00");
        assertThat(CsvExport.rupees(-150L)).isEqualTo("-1.50");
        assertThat(CsvExport.rupees(null)).isEmpty();
    }

    @Test
    void aProviderDetailStartingWithAFormulaIsNeutralisedInTheExport() {
        String csv = CsvExport.of(List.of(mismatch("=cmd|' /C calc'!A0", "=1+1", 1L, 1L)));

        assertThat(csv).contains(",'=cmd|' /C calc'!A0,").contains(",'=1+1,");
    }

    private static Mismatch mismatch(String reference, String detail, Long ours, Long theirs) {
        Finding f = new Finding(
                MismatchKind.AMOUNT_MISMATCH,
                UUID.randomUUID(),
                reference,
                Map.of("setuPaymentId", "P1", "rrn", "R1"),
                ours,
                theirs,
                "PAYMENT_PENDING",
                "SUCCEEDED",
                detail,
                AT);
        return new Mismatch(UUID.randomUUID(), f, AT, AT, UUID.randomUUID(), MismatchStatus.OPEN, null, null, null, 0);
    }
}
