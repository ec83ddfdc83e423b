package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The money rules of ARCHITECTURE §5, checked against the provider's own records (the sandbox) and the services'
 * views: at most one successful payout per escrow, refunds never above what was collected, never both.
 */
final class MoneyInvariants {

    private final SandboxAdmin sandbox;

    MoneyInvariants(SandboxAdmin sandbox) {
        this.sandbox = sandbox;
    }

    /** What the provider did for one escrow. */
    record ProviderView(long collectedPaise, int processedPayouts, long payoutPaise, long refundedPaise) {}

    ProviderView of(String escrowId) {
        UUID id = UUID.fromString(escrowId);
        String payment = paymentPrefix(id);
        String payout = payoutPrefix(id);
        String refund = refundPrefix(id);
        long collected = 0;
        for (JsonNode p : list(sandbox.payments(), "payments")) {
            if (text(p, "referenceId").startsWith(payment) && "success".equals(text(p, "status"))) {
                collected += p.get("amount").asLong();
            }
        }
        int processed = 0;
        long paidOut = 0;
        for (JsonNode p : list(sandbox.payouts(), "payouts")) {
            String status = text(p, "status");
            if (text(p, "reference_id").startsWith(payout)
                    && ("processed".equals(status) || "reversed".equals(status))) {
                processed++;
                paidOut += p.get("amount").asLong();
            }
        }
        long refunded = 0;
        for (JsonNode r : list(sandbox.refunds(), "refunds")) {
            if (text(r, "referenceId").startsWith(refund) && !"failed".equals(text(r, "status"))) {
                refunded += r.get("amount").asLong();
            }
        }
        return new ProviderView(collected, processed, paidOut, refunded);
    }

    /** Asserts the money rules for the escrow and returns the provider's view for further checks. */
    ProviderView hold(String escrowId) {
        ProviderView view = of(escrowId);
        assertThat(view.processedPayouts())
                .as("successful payouts of %s", escrowId)
                .isLessThanOrEqualTo(1);
        assertThat(view.refundedPaise()).as("refunds of %s", escrowId).isLessThanOrEqualTo(view.collectedPaise());
        assertThat(view.processedPayouts() > 0 && view.refundedPaise() > 0)
                .as("%s was both paid out and refunded", escrowId)
                .isFalse();
        assertThat(view.payoutPaise()).as("paid out of %s", escrowId).isLessThanOrEqualTo(view.collectedPaise());
        return view;
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        JsonNode array = node.isArray() ? node : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    // payment-service's reference formats (payment attempt, payout, refund), derived from the escrow id.
    static String paymentPrefix(UUID id) {
        return ("TP" + HexFormat.of().toHexDigits(id.getMostSignificantBits()).substring(0, 14))
                .toUpperCase(Locale.ROOT);
    }

    static String payoutPrefix(UUID id) {
        return "PO" + HexFormat.of().toHexDigits(id.getMostSignificantBits())
                + HexFormat.of().toHexDigits(id.getLeastSignificantBits()).substring(0, 8) + "-";
    }

    static String refundPrefix(UUID id) {
        return "RF" + HexFormat.of().toHexDigits(id.getMostSignificantBits()) + "-";
    }
}
