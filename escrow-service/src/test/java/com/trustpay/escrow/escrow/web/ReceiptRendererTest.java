package com.trustpay.escrow.escrow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.escrow.domain.Payment;
import com.trustpay.escrow.escrow.domain.PaymentStatus;
import com.trustpay.escrow.escrow.domain.Payout;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The receipt as a person reads it: rendered to PDF, then read back with PDFBox as text and as a picture
 * (target/receipt.png, to look at).
 */
class ReceiptRendererTest {

    private static final Instant CREATED = Instant.parse("2026-01-10T04:30:00Z");
    private static final Instant PAID = Instant.parse("2026-01-10T05:00:00Z");
    private static final Instant PAID_OUT = Instant.parse("2026-01-11T06:15:00Z");
    private static final Party PAYER = new Party(UUID.randomUUID(), "Asha Rao", "asha.rao@okaxis");
    private static final Party PAYEE = new Party(UUID.randomUUID(), "Ravi Kumar", "ravi@ybl");
    private static final long AMOUNT = 12_500_000;

    private final ReceiptRenderer renderer =
            new ReceiptRenderer(Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aReleasedDealReadsInRupeesWithMaskedIdsAndNoRefund() throws Exception {
        Escrow escrow = escrow(EscrowStatus.RELEASED, PAID_OUT, null, null);

        byte[] pdf = renderer.render(escrow);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Used Royal Enfield Classic 350")
                    .contains("Asha Rao", "Ravi Kumar")
                    .contains("₹1,25,000.00")
                    .contains("Released")
                    .doesNotContain("RELEASED")
                    .contains("as••••••@okaxis", "ra•••@ybl")
                    .doesNotContain("asha.rao@okaxis", "ravi@ybl")
                    .contains("RRN", "401234567890")
                    .contains("UTR", "AXISN52010987654")
                    .contains("po_ref_7")
                    .contains("Paid out at")
                    .doesNotContain("Refund")
                    .doesNotContain("Decided")
                    .contains("#/e/" + escrow.snapshot().id());

            BufferedImage png = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(darkPixels(png)).isGreaterThan(500);
            Path out = Path.of("target", "receipt.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(png, "png", out.toFile());
            assertThat(Files.size(out)).isPositive();
        }
    }

    @Test
    void aDealStillHeldHasNoPayoutRow() throws Exception {
        String text = text(renderer.render(escrow(EscrowStatus.HELD, null, null, null)));

        assertThat(text).contains("Payment received").doesNotContain("Paid out", "Payout", "Refund");
    }

    @Test
    void aSplitShowsEachPartPaidOutAndRefundedNotTheWholeAmountTwice() throws Exception {
        Decision split = new Decision(
                Decision.Outcome.SPLIT,
                EscrowStatus.DISPUTED,
                "The saddle was missing",
                UUID.randomUUID(),
                PAID_OUT,
                10_000_000L,
                2_500_000L);

        String text = text(renderer.render(escrow(EscrowStatus.REFUNDED, PAID_OUT, PAID_OUT, split)));

        assertThat(text)
                .contains("Amount paid out ₹1,00,000.00")
                .contains("Amount refunded ₹25,000.00")
                .contains("₹1,00,000.00 to Ravi Kumar (payee), ₹25,000.00 back to Asha"); // the line wraps there
    }

    @Test
    void aRefundDecidedByAnAdminSaysSo() throws Exception {
        Decision decision = new Decision(
                Decision.Outcome.REFUND_TO_PAYER,
                EscrowStatus.DISPUTED,
                "The bike was not delivered",
                UUID.randomUUID(),
                PAID_OUT);

        String text = text(renderer.render(escrow(EscrowStatus.REFUNDED, null, PAID_OUT, decision)));

        assertThat(text)
                .contains("Decided by TrustPay")
                .contains("The money goes back to Asha Rao")
                .contains("The bike was not delivered")
                .contains("Refunded at", "rf_ref_1")
                .doesNotContain("Paid out at");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luma = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (luma < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static Escrow escrow(EscrowStatus status, Instant paidOutAt, Instant refundedAt, Decision decision) {
        Payment payment = new Payment(
                1,
                PaymentStatus.RECEIVED,
                null,
                null,
                1,
                AMOUNT,
                "pay_ref_1",
                "setu_991",
                "401234567890",
                CREATED,
                PAID);
        Payout payout = paidOutAt == null
                ? Payout.none()
                : new Payout(1, "po_ref_7", PAID_OUT.minusSeconds(60), paidOutAt, null, "AXISN52010987654");
        return Escrow.restore(new EscrowSnapshot(
                UUID.randomUUID(),
                "K7Q3MX",
                CREATED.plusSeconds(7 * 86_400),
                false,
                "Amber Falcon",
                new EscrowTerms("Used Royal Enfield Classic 350", "2019 model, 21,000 km", AMOUNT, PaymentMode.INTENT),
                PartyRole.PAYER,
                PAYER,
                PAYEE,
                status,
                payment,
                paidOutAt != null,
                paidOutAt != null,
                payout,
                refundedAt == null ? 0 : 1,
                refundedAt == null ? null : "rf_ref_1",
                refundedAt,
                null,
                null,
                CREATED,
                3,
                decision,
                null,
                List.of()));
    }
}
