package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * The money rules of ARCHITECTURE §5, checked against the provider's own records (the sandbox) and the services'
 * views: at most one successful payout per escrow, refunds never above what was collected, never both; and
 * payment-service's double-entry ledger balances and agrees with the provider (ADR 0008).
 */
public final class MoneyInvariants {

    /** How long the ledger may lag the provider (a refund or payout the provider settled but not yet read). */
    private static final Duration LEDGER_SETTLE = Duration.ofSeconds(30);

    private final SandboxAdmin sandbox;
    private final Api payment;

    MoneyInvariants(SandboxAdmin sandbox, Api payment) {
        this.sandbox = sandbox;
        this.payment = payment;
    }

    /** What payment-service's ledger says about one escrow ({@code GET /internal/ledger/escrows/{id}}). */
    record LedgerView(
            boolean balanced,
            long collectedPaise,
            long heldPaise,
            long pendingPaise,
            long paidOutPaise,
            long refundedPaise,
            long excessCollectedPaise,
            long excessPaise) {

        /** Money that was not the escrow's to hold (a second payment, say) and has been given back. */
        long excessReturnedPaise() {
            return excessCollectedPaise - excessPaise;
        }
    }

    /** What the provider settled for one escrow: only finished money movements, as the ledger posts them. */
    record Settled(long collectedPaise, long paidOutPaise, long refundedPaise) {}

    LedgerView ledger(String escrowId) {
        JsonNode l = payment.get("/internal/ledger/escrows/" + escrowId, null)
                .expect(200)
                .json();
        return new LedgerView(
                l.get("balanced").asBoolean(),
                l.get("collectedPaise").asLong(),
                l.get("heldPaise").asLong(),
                l.get("pendingPaise").asLong(),
                l.get("paidOutPaise").asLong(),
                l.get("refundedPaise").asLong(),
                l.get("excessCollectedPaise").asLong(),
                l.get("excessPaise").asLong());
    }

    Settled settled(String escrowId) {
        UUID id = UUID.fromString(escrowId);
        long collected = of(escrowId).collectedPaise();
        long paidOut = 0;
        for (JsonNode p : list(sandbox.payouts(), "payouts")) {
            if (text(p, "reference_id").startsWith(payoutPrefix(id)) && "processed".equals(text(p, "status"))) {
                paidOut += p.get("amount").asLong();
            }
        }
        long refunded = 0;
        for (JsonNode r : list(sandbox.refunds(), "refunds")) {
            String reference = text(r, "referenceId");
            boolean ours = reference.startsWith(refundPrefix(id)) || reference.startsWith(excessRefundPrefix(id));
            if (ours && "success".equals(text(r, "status"))) {
                refunded += r.get("amount").asLong();
            }
        }
        for (JsonNode r : list(sandbox.phonePeRefunds(), "refunds")) {
            String reference = text(r, "merchantRefundId");
            boolean ours = reference.startsWith(refundPrefix(id)) || reference.startsWith(excessRefundPrefix(id));
            if (ours && "COMPLETED".equals(text(r, "state"))) {
                refunded += r.get("amount").asLong();
            }
        }
        return new Settled(collected, paidOut, refunded);
    }

    /**
     * The ledger balances and matches the provider's records: collected, paid out (processed, not reversed) and
     * refunded (succeeded) are the same on both sides once nothing is pending any more. Money the escrow was not
     * to hold (ADR 0012) counts on both sides: collected beside the escrow's own, and given back with its refunds.
     */
    LedgerView ledgerMatchesProvider(String escrowId) {
        LedgerView[] last = new LedgerView[1];
        Settled[] provider = new Settled[1];
        try {
            await().atMost(LEDGER_SETTLE).pollInterval(Duration.ofMillis(250)).until(() -> {
                last[0] = ledger(escrowId);
                provider[0] = settled(escrowId);
                return matches(last[0], provider[0]);
            });
        } catch (ConditionTimeoutException e) {
            // fall through to the assertions, which say what differs
        }
        LedgerView l = last[0];
        Settled p = provider[0];
        assertThat(l.balanced()).as("ledger of %s balances: %s", escrowId, l).isTrue();
        assertThat(l.pendingPaise())
                .as("ledger of %s has nothing pending: %s", escrowId, l)
                .isZero();
        assertThat(l.collectedPaise() + l.excessCollectedPaise())
                .as("collected of %s, ledger vs provider", escrowId)
                .isEqualTo(p.collectedPaise());
        assertThat(l.paidOutPaise())
                .as("paid out of %s, ledger vs provider", escrowId)
                .isEqualTo(p.paidOutPaise());
        assertThat(l.refundedPaise())
                .as("refunded of %s, ledger vs provider", escrowId)
                .isEqualTo(p.refundedPaise());
        assertThat(l.heldPaise())
                .as("held of %s", escrowId)
                .isEqualTo(l.collectedPaise() - l.paidOutPaise() - (l.refundedPaise() - l.excessReturnedPaise()));
        return l;
    }

    private static boolean matches(LedgerView l, Settled p) {
        return l.balanced()
                && l.pendingPaise() == 0
                && l.collectedPaise() + l.excessCollectedPaise() == p.collectedPaise()
                && l.paidOutPaise() == p.paidOutPaise()
                && l.refundedPaise() == p.refundedPaise();
    }

    /**
     * What the provider did for one escrow: {@code refundedPaise} refunds the escrow, {@code returnedPaise} gives back
     * money that was not the escrow's to hold (a second payment; {@code RX} references, ADR 0012).
     */
    public record ProviderView(
            long collectedPaise,
            int processedPayouts,
            long payoutPaise,
            long refundedPaise,
            long returnedPaise,
            Map<String, Integer> processedPayoutsPerPart) {}

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
        // Payments routed to PhonePe PG (ADR 0017): its orders are keyed by the same attempt references.
        for (JsonNode o : list(sandbox.phonePeOrders(), "orders")) {
            if (text(o, "merchantOrderId").startsWith(payment) && "COMPLETED".equals(text(o, "state"))) {
                collected += o.get("amount").asLong();
            }
        }
        int processed = 0;
        long paidOut = 0;
        Map<String, Integer> perPart = new TreeMap<>();
        for (JsonNode p : list(sandbox.payouts(), "payouts")) {
            String status = text(p, "status");
            String reference = text(p, "reference_id");
            if (reference.startsWith(payout) && ("processed".equals(status) || "reversed".equals(status))) {
                processed++;
                paidOut += p.get("amount").asLong();
                // PO<24 hex>-<round>-<attempt> for the escrow as one, PO<24 hex>M<m>-… for milestone m
                String part = reference.substring(payout.length(), reference.indexOf('-', payout.length()));
                perPart.merge(part, 1, Integer::sum);
            }
        }
        long refunded = 0;
        long returned = 0;
        for (JsonNode r : list(sandbox.refunds(), "refunds")) {
            if (!"failed".equals(text(r, "status"))) {
                String reference = text(r, "referenceId");
                if (reference.startsWith(refund)) {
                    refunded += r.get("amount").asLong();
                } else if (reference.startsWith(excessRefundPrefix(id))) {
                    returned += r.get("amount").asLong();
                }
            }
        }
        for (JsonNode r : list(sandbox.phonePeRefunds(), "refunds")) {
            if (!"FAILED".equals(text(r, "state"))) {
                String reference = text(r, "merchantRefundId");
                if (reference.startsWith(refund)) {
                    refunded += r.get("amount").asLong();
                } else if (reference.startsWith(excessRefundPrefix(id))) {
                    returned += r.get("amount").asLong();
                }
            }
        }
        return new ProviderView(collected, processed, paidOut, refunded, returned, perPart);
    }

    /** Asserts the money rules for the escrow and returns the provider's view for further checks. */
    public ProviderView hold(String escrowId) {
        ProviderView view = of(escrowId);
        assertThat(view.processedPayoutsPerPart().values())
                .as("successful payouts of %s per milestone (the escrow as one: \"\")", escrowId)
                .allMatch(n -> n <= 1);
        assertThat(view.refundedPaise()).as("refunds of %s", escrowId).isLessThanOrEqualTo(view.collectedPaise());
        // Milestones and an admin's split pay part out and refund the rest (ADR 0021): never more than collected.
        assertThat(view.payoutPaise() + view.refundedPaise())
                .as("paid out plus refunded of %s", escrowId)
                .isLessThanOrEqualTo(view.collectedPaise());
        ledgerMatchesProvider(escrowId);
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

    /** Every payout reference of the escrow starts so: the escrow as one (then {@code -}) or a milestone ({@code M}). */
    static String payoutPrefix(UUID id) {
        return "PO" + HexFormat.of().toHexDigits(id.getMostSignificantBits())
                + HexFormat.of().toHexDigits(id.getLeastSignificantBits()).substring(0, 8);
    }

    static String refundPrefix(UUID id) {
        return "RF" + HexFormat.of().toHexDigits(id.getMostSignificantBits()) + "-";
    }

    static String excessRefundPrefix(UUID id) {
        return "RX" + HexFormat.of().toHexDigits(id.getMostSignificantBits()) + "-";
    }
}
