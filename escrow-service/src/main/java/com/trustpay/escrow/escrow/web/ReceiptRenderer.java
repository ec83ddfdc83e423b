package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.domain.AmountLimits;
import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.Milestone;
import com.trustpay.escrow.escrow.domain.Party;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The PDF receipt of an escrow whose payment was received, for a person to keep: the deal, both parties, what
 * happened to the money in rupees, and how to check it. It embeds DejaVu Sans (resources/fonts, licence beside it)
 * because the built-in PDF fonts have no ₹. Only the rows that apply to this escrow are printed: a released deal
 * has no refund row, a deal still held has no payout row. VPAs are masked as on screen ({@link MaskedVpa}).
 */
public class ReceiptRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, h:mm a 'IST'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Kolkata"));

    private static final Color GREY = new Color(90, 90, 90);

    private final Clock clock;
    private final BaseFont regular;
    private final BaseFont bold;

    public ReceiptRenderer(Clock clock) {
        this.clock = clock;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    byte[] render(Escrow escrow) {
        EscrowSnapshot s = escrow.snapshot();
        Font title = new Font(bold, 18);
        Font heading = new Font(bold, 12);
        Font text = new Font(regular, 10);
        Font small = new Font(regular, 8, Font.NORMAL, GREY);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("TrustPay receipt " + s.terms().title());
        document.addCreator("TrustPay");
        document.open();

        document.add(new Paragraph("TrustPay escrow receipt", title));
        document.add(new Paragraph(s.terms().title(), new Font(bold, 14)));
        document.add(new Paragraph(
                "Between " + name(s.payer()) + " (payer) and " + name(s.payee()) + " (payee) · " + s.name(), text));

        Rows deal = new Rows(text, bold);
        deal.add("Amount", AmountLimits.rupees(s.terms().amountPaise()));
        deal.add("Description", s.terms().description());
        deal.add("Created", time(s.createdAt()));
        deal.add("Status", statusInWords(s.status()));
        section(document, "The deal", heading, deal);

        Rows paid = new Rows(text, bold);
        paid.add("Paid by", party(s.payer()));
        paid.add("Amount received", AmountLimits.rupees(s.payment().paidAmountPaise()));
        paid.add("Received at", time(s.payment().completedAt()));
        paid.add("UPI RRN", s.payment().rrn());
        paid.add("Payment reference", s.payment().reference());
        section(document, "Payment from the payer", heading, paid);

        if (s.payout().completedAt() != null) {
            Rows payout = new Rows(text, bold);
            payout.add("Paid to", party(s.payee()));
            payout.add("Amount paid out", AmountLimits.rupees(releasedPaise(s)));
            payout.add("Paid out at", time(s.payout().completedAt()));
            payout.add("UTR", s.payout().utr());
            payout.add("Payout reference", s.payout().reference());
            section(document, "Payout to the payee", heading, payout);
        }

        if (!s.milestones().isEmpty()) {
            Rows parts = new Rows(text, bold);
            for (Milestone m : s.milestones()) {
                parts.add(
                        "Milestone " + m.number() + ": " + m.title(),
                        AmountLimits.rupees(m.amountPaise()) + " · "
                                + (m.paidAt() == null
                                        ? m.status().name().toLowerCase(Locale.ROOT)
                                        : "paid " + time(m.paidAt()) + (m.utr() == null ? "" : ", UTR " + m.utr())));
            }
            section(document, "Milestones", heading, parts);
        }

        if (s.refundCompletedAt() != null) {
            Rows refund = new Rows(text, bold);
            refund.add("Refunded to", party(s.payer()));
            refund.add("Amount refunded", AmountLimits.rupees(s.payment().paidAmountPaise() - releasedPaise(s)));
            refund.add("Refunded at", time(s.refundCompletedAt()));
            refund.add("Refund reference", s.refundReference());
            section(document, "Refund to the payer", heading, refund);
        }

        if (s.decision() != null) {
            Decision d = s.decision();
            Rows decision = new Rows(text, bold);
            decision.add("Decision", decisionInWords(d.outcome(), s));
            decision.add("Decided at", time(d.decidedAt()));
            decision.add("Reason given", d.note());
            section(document, "Decided by TrustPay", heading, decision);
        }

        Paragraph verify = new Paragraph("How to check this receipt", new Font(bold, 9));
        verify.setSpacingBefore(18);
        document.add(verify);
        document.add(new Paragraph(
                "Sign in to TrustPay as the payer or the payee and open the escrow (My escrows → "
                        + s.terms().title() + "), or TrustPay support can look it up by its id:",
                small));
        document.add(new Paragraph("Escrow id " + s.id(), small));
        document.add(new Paragraph("In the app: #/e/" + s.id(), small));
        document.add(
                new Paragraph("Issued " + time(clock.instant()) + ". UPI IDs are shortened as in the app.", small));
        document.close();
        return pdf.toByteArray();
    }

    /** The status as the UI words it (STATUS in api-gateway's static/js/format.js). */
    static String statusInWords(EscrowStatus status) {
        return switch (status) {
            case AWAITING_PARTNER -> "Waiting for partner";
            case AWAITING_PAYMENT, PAYMENT_PENDING -> "Payment pending";
            case PAYMENT_FAILED -> "Payment failed";
            case HELD -> "Payment received";
            case RELEASING -> "Releasing";
            case RELEASED -> "Released";
            case PAYOUT_REVERSED -> "Payout returned";
            case RELEASE_FAILED -> "Release failed";
            case REFUNDING -> "Refunding";
            case REFUNDED -> "Refunded";
            case REFUND_FAILED -> "Refund failed";
            case DISPUTED -> "In dispute";
            case CANCELLED -> "Cancelled";
            case EXPIRED -> "Expired";
        };
    }

    private static String decisionInWords(Decision.Outcome outcome, EscrowSnapshot s) {
        return switch (outcome) {
            case RELEASE_TO_PAYEE -> "The money goes to " + name(s.payee()) + " (payee)";
            case REFUND_TO_PAYER -> "The money goes back to " + name(s.payer()) + " (payer)";
            case SPLIT ->
                AmountLimits.rupees(s.decision().releasePaise()) + " to " + name(s.payee()) + " (payee), "
                        + AmountLimits.rupees(s.decision().refundPaise()) + " back to " + name(s.payer())
                        + " (payer)";
        };
    }

    /** What reached the payee: the milestones paid, a split's part, or all of it once paid out (ADR 0021). */
    private static long releasedPaise(EscrowSnapshot s) {
        long milestonesPaid = s.milestones().stream()
                .filter(m -> m.status() == Milestone.Status.PAID)
                .mapToLong(Milestone::amountPaise)
                .sum();
        if (s.payout().completedAt() == null) {
            return milestonesPaid;
        }
        Decision d = s.decision();
        if (d != null && d.outcome() == Decision.Outcome.SPLIT) {
            return milestonesPaid + d.releasePaise();
        }
        return s.milestones().isEmpty() ? s.payment().paidAmountPaise() : milestonesPaid;
    }

    private static void section(Document document, String heading, Font font, Rows rows) {
        Paragraph title = new Paragraph(heading, font);
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        document.add(title);
        document.add(rows.table);
    }

    /** A two-column table that leaves out rows with nothing to say. */
    private static final class Rows {
        private final PdfPTable table = new PdfPTable(new float[] {1, 2});
        private final Font text;
        private final Font label;

        Rows(Font text, BaseFont bold) {
            this.text = text;
            this.label = new Font(bold, text.getSize());
            table.setWidthPercentage(100);
        }

        void add(String name, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            table.addCell(cell(name, label));
            table.addCell(cell(value, text));
        }

        private static PdfPCell cell(String value, Font font) {
            PdfPCell cell = new PdfPCell(new Phrase(value, font));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(new Color(220, 220, 220));
            cell.setPaddingTop(4);
            cell.setPaddingBottom(5);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            return cell;
        }
    }

    private static String name(Party party) {
        return party == null ? "-" : party.name();
    }

    private static String party(Party party) {
        return party == null ? null : party.name() + " · UPI ID " + MaskedVpa.of(party.vpa());
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static BaseFont font(String file) {
        try (InputStream in = ReceiptRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The receipt font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot load the receipt font " + file, e);
        }
    }
}
