package com.trustpay.webhook.ingest.persistence;

import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.ingest.domain.Receipt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receipts in {@code webhook_receipt} (unique on provider and provider event id) and unreadable webhooks in
 * {@code webhook_quarantine}. The unique index settles duplicates, also between concurrent deliveries of the same
 * event (the second waits for the first to commit, then does nothing).
 */
public class JdbcReceiptStore implements ReceiptStore {

    private static final String INSERT_RECEIPTS = "INSERT INTO webhook_receipt (receipt_id, provider,"
            + " provider_event_id, event_type, resource_id, event_at, stale, headers, raw_body, received_at) VALUES ";

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";

    private static final String ON_CONFLICT =
            " ON CONFLICT (provider, provider_event_id) DO NOTHING RETURNING receipt_id";

    private static final String INSERT_QUARANTINE = "INSERT INTO webhook_quarantine (quarantine_id, provider,"
            + " reason, headers, raw_body, received_at) VALUES (?, ?, ?, ?::jsonb, ?, ?)";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public JdbcReceiptStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
            args.add(receipt.rawBody());
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
                rawBody,
                utc(receivedAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
