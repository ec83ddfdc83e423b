package com.trustpay.escrow.escrow.persistence;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.domain.Decision;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.domain.Inspection;
import com.trustpay.escrow.escrow.domain.Milestone;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.escrow.domain.Payment;
import com.trustpay.escrow.escrow.domain.PaymentOffer;
import com.trustpay.escrow.escrow.domain.PaymentStatus;
import com.trustpay.escrow.escrow.domain.Payout;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.crypto.SealedColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps an escrow snapshot to the columns of {@code escrow} and back. The parties' VPAs are stored encrypted (ADR
 * 0020): sealed on every write, so a row from before encryption is sealed at its next change; read as they are until
 * then.
 */
final class EscrowRows {

    static final SealedColumn PAYER_VPA = SealedColumn.of("escrow", "payer_vpa");
    static final SealedColumn PAYEE_VPA = SealedColumn.of("escrow", "payee_vpa");

    /** The encrypted columns of {@code escrow}. */
    static final List<SealedColumn> SEALED = List.of(PAYER_VPA, PAYEE_VPA);

    static final List<String> COLUMNS = List.of(
            "id",
            "code",
            "code_expires_at",
            "code_active",
            "name",
            "title",
            "description",
            "amount_paise",
            "payment_mode",
            "creator_role",
            "payer_user_id",
            "payer_name",
            "payer_vpa",
            "payee_user_id",
            "payee_name",
            "payee_vpa",
            "status",
            "payment_attempt",
            "payment_status",
            "payment_reference",
            "intent_link",
            "short_link",
            "qr_png_base64",
            "collect_id",
            "payment_expires_at",
            "offer_attempt",
            "failure_reason",
            "paid_attempt",
            "paid_amount_paise",
            "provider_payment_id",
            "rrn",
            "payment_initiated_at",
            "payment_completed_at",
            "payer_confirmed",
            "payee_confirmed",
            "release_round",
            "payout_reference",
            "payout_initiated_at",
            "payout_completed_at",
            "reversed_payout_reference",
            "payout_utr",
            "refund_round",
            "refund_reference",
            "refund_completed_at",
            "last_error",
            "last_error_at",
            "created_at",
            "decision_outcome",
            "decision_from",
            "decision_note",
            "decided_by",
            "decided_at",
            "decision_release_paise",
            "decision_refund_paise",
            "inspection_days",
            "delivered_at",
            "inspection_ends_at",
            "inspection_reminder_sent_at",
            "auto_released_at");

    private EscrowRows() {}

    static Map<String, Object> values(EscrowSnapshot s, FieldCipher cipher) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", s.id());
        v.put("code", s.code());
        v.put("code_expires_at", ts(s.codeExpiresAt()));
        v.put("code_active", s.codeActive());
        v.put("name", s.name());
        v.put("title", s.terms().title());
        v.put("description", s.terms().description());
        v.put("amount_paise", s.terms().amountPaise());
        v.put("payment_mode", s.terms().paymentMode().name());
        v.put("creator_role", s.creatorRole().name());
        party(v, "payer", s.payer(), cipher, PAYER_VPA);
        party(v, "payee", s.payee(), cipher, PAYEE_VPA);
        v.put("status", s.status().name());
        payment(v, s.payment());
        v.put("payer_confirmed", s.payerConfirmed());
        v.put("payee_confirmed", s.payeeConfirmed());
        v.put("release_round", s.payout().round());
        v.put("payout_reference", s.payout().reference());
        v.put("payout_initiated_at", ts(s.payout().initiatedAt()));
        v.put("payout_completed_at", ts(s.payout().completedAt()));
        v.put("reversed_payout_reference", s.payout().reversedReference());
        v.put("payout_utr", s.payout().utr());
        v.put("refund_round", s.refundRound());
        v.put("refund_reference", s.refundReference());
        v.put("refund_completed_at", ts(s.refundCompletedAt()));
        v.put("last_error", s.lastError());
        v.put("last_error_at", ts(s.lastErrorAt()));
        v.put("created_at", ts(s.createdAt()));
        decision(v, s.decision());
        inspection(v, s);
        return v;
    }

    private static void decision(Map<String, Object> v, Decision d) {
        v.put("decision_outcome", d == null ? null : d.outcome().name());
        v.put("decision_from", d == null ? null : d.decided().name());
        v.put("decision_note", d == null ? null : d.note());
        v.put("decided_by", d == null ? null : d.decidedBy());
        v.put("decided_at", d == null ? null : ts(d.decidedAt()));
        v.put("decision_release_paise", d == null ? null : d.releasePaise());
        v.put("decision_refund_paise", d == null ? null : d.refundPaise());
    }

    private static void inspection(Map<String, Object> v, EscrowSnapshot s) {
        v.put("inspection_days", s.terms().inspectionDays());
        v.put("delivered_at", ts(s.inspection().deliveredAt()));
        v.put("inspection_ends_at", ts(s.inspection().endsAt()));
        v.put("inspection_reminder_sent_at", ts(s.inspection().reminderSentAt()));
        v.put("auto_released_at", ts(s.inspection().autoReleasedAt()));
    }

    private static void party(Map<String, Object> v, String prefix, Party party, FieldCipher cipher, SealedColumn vpa) {
        v.put(prefix + "_user_id", party == null ? null : party.userId());
        v.put(prefix + "_name", party == null ? null : party.name());
        v.put(prefix + "_vpa", party == null ? null : cipher.seal(vpa, party.vpa()));
    }

    private static void payment(Map<String, Object> v, Payment p) {
        PaymentOffer offer = p.offer();
        v.put("payment_attempt", p.attempt());
        v.put("payment_status", p.status().name());
        v.put("payment_reference", p.reference());
        v.put("intent_link", offer == null ? null : offer.intentLink());
        v.put("short_link", offer == null ? null : offer.shortLink());
        v.put("qr_png_base64", offer == null ? null : offer.qrPngBase64());
        v.put("collect_id", offer == null ? null : offer.collectId());
        v.put("payment_expires_at", offer == null ? null : ts(offer.expiresAt()));
        v.put("offer_attempt", offer == null ? null : offer.attempt());
        v.put("failure_reason", p.failureReason());
        v.put("paid_attempt", p.paidAttempt());
        v.put("paid_amount_paise", p.paidAmountPaise());
        v.put("provider_payment_id", p.providerPaymentId());
        v.put("rrn", p.rrn());
        v.put("payment_initiated_at", ts(p.initiatedAt()));
        v.put("payment_completed_at", ts(p.completedAt()));
    }

    static RowMapper<EscrowSnapshot> mapper(FieldCipher cipher) {
        return (rs, row) -> map(rs, cipher);
    }

    /** The columns of {@code escrow_milestone} (ADR 0021), but the escrow's id. */
    static final List<String> MILESTONE_COLUMNS = List.of(
            "number",
            "title",
            "amount_paise",
            "status",
            "payer_confirmed",
            "payee_confirmed",
            "release_round",
            "payout_reference",
            "payout_utr",
            "paid_at");

    static Map<String, Object> values(UUID escrowId, Milestone m) {
        Map<String, Object> v = new HashMap<>();
        v.put("escrow_id", escrowId);
        v.put("number", m.number());
        v.put("title", m.title());
        v.put("amount_paise", m.amountPaise());
        v.put("status", m.status().name());
        v.put("payer_confirmed", m.payerConfirmed());
        v.put("payee_confirmed", m.payeeConfirmed());
        v.put("release_round", m.round());
        v.put("payout_reference", m.payoutReference());
        v.put("payout_utr", m.utr());
        v.put("paid_at", ts(m.paidAt()));
        return v;
    }

    static Milestone milestone(ResultSet rs) throws SQLException {
        return new Milestone(
                rs.getInt("number"),
                rs.getString("title"),
                rs.getLong("amount_paise"),
                Milestone.Status.valueOf(rs.getString("status")),
                rs.getBoolean("payer_confirmed"),
                rs.getBoolean("payee_confirmed"),
                rs.getInt("release_round"),
                rs.getString("payout_reference"),
                rs.getString("payout_utr"),
                instant(rs, "paid_at"));
    }

    private static EscrowSnapshot map(ResultSet rs, FieldCipher cipher) throws SQLException {
        EscrowTerms terms = new EscrowTerms(
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("amount_paise"),
                PaymentMode.valueOf(rs.getString("payment_mode")),
                rs.getInt("inspection_days"));
        return new EscrowSnapshot(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                instant(rs, "code_expires_at"),
                rs.getBoolean("code_active"),
                rs.getString("name"),
                terms,
                PartyRole.valueOf(rs.getString("creator_role")),
                party(rs, "payer", cipher, PAYER_VPA),
                party(rs, "payee", cipher, PAYEE_VPA),
                EscrowStatus.valueOf(rs.getString("status")),
                payment(rs),
                rs.getBoolean("payer_confirmed"),
                rs.getBoolean("payee_confirmed"),
                new Payout(
                        rs.getInt("release_round"),
                        rs.getString("payout_reference"),
                        instant(rs, "payout_initiated_at"),
                        instant(rs, "payout_completed_at"),
                        rs.getString("reversed_payout_reference"),
                        rs.getString("payout_utr")),
                rs.getInt("refund_round"),
                rs.getString("refund_reference"),
                instant(rs, "refund_completed_at"),
                rs.getString("last_error"),
                instant(rs, "last_error_at"),
                instant(rs, "created_at"),
                rs.getLong("version"),
                decision(rs),
                inspection(rs),
                List.of()); // read from escrow_milestone by the repository
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        String outcome = rs.getString("decision_outcome");
        return outcome == null
                ? null
                : new Decision(
                        Decision.Outcome.valueOf(outcome),
                        EscrowStatus.valueOf(rs.getString("decision_from")),
                        rs.getString("decision_note"),
                        rs.getObject("decided_by", UUID.class),
                        instant(rs, "decided_at"),
                        rs.getObject("decision_release_paise", Long.class),
                        rs.getObject("decision_refund_paise", Long.class));
    }

    private static Inspection inspection(ResultSet rs) throws SQLException {
        return new Inspection(
                instant(rs, "delivered_at"),
                instant(rs, "inspection_ends_at"),
                instant(rs, "inspection_reminder_sent_at"),
                instant(rs, "auto_released_at"));
    }

    private static Party party(ResultSet rs, String prefix, FieldCipher cipher, SealedColumn vpa) throws SQLException {
        UUID userId = rs.getObject(prefix + "_user_id", UUID.class);
        return userId == null
                ? null
                : new Party(
                        userId,
                        rs.getString(prefix + "_name"),
                        cipher.openTextOrPlaintext(vpa, rs.getString(prefix + "_vpa")));
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        int offerAttempt = rs.getInt("offer_attempt");
        PaymentOffer offer = rs.wasNull()
                ? null
                : new PaymentOffer(
                        offerAttempt,
                        rs.getString("payment_reference"),
                        rs.getString("intent_link"),
                        rs.getString("short_link"),
                        rs.getString("qr_png_base64"),
                        rs.getString("collect_id"),
                        instant(rs, "payment_expires_at"));
        return new Payment(
                rs.getInt("payment_attempt"),
                PaymentStatus.valueOf(rs.getString("payment_status")),
                offer,
                rs.getString("failure_reason"),
                rs.getInt("paid_attempt"),
                rs.getLong("paid_amount_paise"),
                rs.getString("payment_reference"),
                rs.getString("provider_payment_id"),
                rs.getString("rrn"),
                instant(rs, "payment_initiated_at"),
                instant(rs, "payment_completed_at"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
