package com.trustpay.webhook.ingest.persistence;

import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.crypto.SealedColumn;
import com.trustpay.platform.scheduling.DueRows;
import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.ingest.domain.Receipt;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receipts in {@code webhook_receipt} (unique on provider and provider event id) and unreadable webhooks in
 * {@code webhook_quarantine}. The unique index settles duplicates, also between concurrent deliveries of the same
 * event (the second waits for the first to commit, then does nothing).
 *
 * <p>Bodies are stored sealed ({@code sealed_body}, ADR 0020); {@code raw_body} is read only for rows received before
 * bodies were encrypted, until the retention purge drops them.
 */
public class JdbcReceiptStore implements ReceiptStore {

    private static final String INSERT_RECEIPTS = "INSERT INTO webhook_receipt (receipt_id, provider,"
            + " provider_event_id, event_type, resource_id, event_at, stale, headers, sealed_body, received_at) VALUES ";

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";

    private static final String ON_CONFLICT =
            " ON CONFLICT (provider, provider_event_id) DO NOTHING RETURNING receipt_id";

    private static final String INSERT_QUARANTINE = "INSERT INTO webhook_quarantine (quarantine_id, provider,"
            + " reason, headers, sealed_body, received_at) VALUES (?, ?, ?, ?::jsonb, ?, ?)";

    static final SealedColumn RECEIPT_BODY = SealedColumn.of("webhook_receipt", "sealed_body");
    static final SealedColumn QUARANTINE_BODY = SealedColumn.of("webhook_quarantine", "sealed_body");

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final FieldCipher cipher;
    private final DueRows<UUID> keptReceiptBodies;
    private final DueRows<UUID> keptQuarantinedBodies;

    public JdbcReceiptStore(JdbcTemplate jdbc, JsonMapper json, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
        this.keptReceiptBodies = DueRows.in("webhook_receipt", "receipt_id", UUID.class)
                .dueAt("received_at")
                .where("body_purged_at IS NULL")
                .build(jdbc);
        this.keptQuarantinedBodies = DueRows.in("webhook_quarantine", "quarantine_id", UUID.class)
                .dueAt("received_at")
                .where("body_purged_at IS NULL")
                .build(jdbc);
    }

    /**
     * One multi-row INSERT. Rows go in (provider, event id) order, so that two batches holding the same events
     * take their index locks in the same order and cannot deadlock; the first of several receipts of one event in
     * a batch is kept (a stable sort keeps arrival order among equals).
     */
    @Override
    public Set<UUID> storeNew(List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            return Set.of();
        }
        List<Receipt> ordered = receipts.stream()
                .sorted(Comparator.comparing(Receipt::provider)
                        .thenComparing(r -> r.event().eventId()))
                .toList();
        String sql = INSERT_RECEIPTS + String.join(", ", Collections.nCopies(ordered.size(), ROW)) + ON_CONFLICT;
        List<Object> args = new ArrayList<>(ordered.size() * 10);
        for (Receipt receipt : ordered) {
            args.add(receipt.receiptId());
            args.add(receipt.provider());
            args.add(receipt.event().eventId());
            args.add(receipt.event().eventType());
            args.add(receipt.event().resourceId());
            args.add(utc(receipt.event().raisedAt()));
            args.add(receipt.stale());
            args.add(json.writeValueAsString(receipt.headers()));
            args.add(cipher.seal(RECEIPT_BODY, receipt.rawBody()));
            args.add(utc(receipt.receivedAt()));
        }
        return Set.copyOf(jdbc.queryForList(sql, UUID.class, args.toArray()));
    }

    @Override
    public void quarantine(
            UUID quarantineId,
            String provider,
            String reason,
            Map<String, String> headers,
            byte[] rawBody,
            Instant receivedAt) {
        jdbc.update(
                INSERT_QUARANTINE,
                quarantineId,
                provider,
                reason.length() > 500 ? reason.substring(0, 500) : reason,
                json.writeValueAsString(headers),
                cipher.seal(QUARANTINE_BODY, rawBody),
                utc(receivedAt));
    }

    @Override
    public Optional<byte[]> receiptBody(UUID receiptId) {
        return body(RECEIPT_BODY, "receipt_id", receiptId);
    }

    @Override
    public Optional<byte[]> quarantinedBody(UUID quarantineId) {
        return body(QUARANTINE_BODY, "quarantine_id", quarantineId);
    }

    private Optional<byte[]> body(SealedColumn column, String idColumn, UUID id) {
        List<Optional<byte[]>> found = jdbc.query(
                "SELECT sealed_body, raw_body FROM " + column.table() + " WHERE " + idColumn + " = ?",
                (rs, n) -> {
                    String sealed = rs.getString("sealed_body");
                    return Optional.ofNullable(sealed != null ? cipher.open(column, sealed) : rs.getBytes("raw_body"));
                },
                id);
        return found.isEmpty() ? Optional.empty() : found.getFirst();
    }

    @Override
    public int purgeBodies(Instant receivedBefore, Instant now, int limit) {
        return purge(keptReceiptBodies, "webhook_receipt", "receipt_id", receivedBefore, now, limit)
                + purge(keptQuarantinedBodies, "webhook_quarantine", "quarantine_id", receivedBefore, now, limit);
    }

    private int purge(DueRows<UUID> kept, String table, String idColumn, Instant before, Instant now, int limit) {
        List<UUID> due = kept.lock(before, limit);
        if (due.isEmpty()) {
            return 0;
        }
        String sql = "UPDATE " + table + " SET sealed_body = NULL, raw_body = NULL, body_purged_at = ? WHERE "
                + idColumn + " = ANY (?)";
        return jdbc.update(connection -> {
            PreparedStatement update = connection.prepareStatement(sql);
            update.setObject(1, utc(now));
            update.setArray(2, connection.createArrayOf("uuid", due.toArray()));
            return update;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
