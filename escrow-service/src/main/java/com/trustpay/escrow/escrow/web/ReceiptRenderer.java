package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.Party;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The PDF receipt of an escrow whose payment was received (OpenPDF, built-in fonts only). */
public class ReceiptRenderer {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z").withZone(ZoneId.of("Asia/Kolkata"));

    private final Clock clock;

    public ReceiptRenderer(Clock clock) {
        this.clock = clock;
    }

    byte[] render(Escrow escrow) {
        EscrowSnapshot s = escrow.snapshot();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("TrustPay receipt " + s.code());
        document.open();
        document.add(new Paragraph("TrustPay escrow receipt", new Font(Font.HELVETICA, 18, Font.BOLD)));
        document.add(new Paragraph(s.name() + " - " + s.terms().title()));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(2);
        row(table, "Escrow", s.id().toString());
        row(table, "Code", s.code());
        row(table, "Amount", rupees(s.terms().amountPaise()));
        row(table, "Status", s.status().name());
        row(table, "Payer", party(s.payer()));
        row(table, "Payee", party(s.payee()));
        row(table, "Payment reference", s.payment().reference());
        row(table, "Provider payment id", s.payment().providerPaymentId());
        row(table, "UPI RRN", s.payment().rrn());
        row(table, "Paid at", time(s.payment().completedAt()));
        row(table, "Paid out at", time(s.payout().completedAt()));
        row(table, "Refunded at", time(s.refundCompletedAt()));
        row(table, "Issued at", time(clock.instant()));
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(label);
        table.addCell(value == null ? "-" : value);
    }

    private static String party(Party party) {
        return party == null ? null : party.name() + " (" + party.vpa() + ")";
    }

    /** INR with two decimals; the rupee sign is not in the built-in PDF fonts. */
    static String rupees(long paise) {
        return String.format("INR %d.%02d", paise / 100, paise % 100);
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
