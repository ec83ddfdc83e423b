package com.trustpay.webhook.ingest.persistence;

import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.ingest.domain.Receipt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receipts in {@code webhook_receipt} (unique on provider and provider event id) and unreadable webhooks in
 * {@code webhook_quarantine}. One statement each: the unique index settles duplicates, also between concurrent
 * deliveries of the same event (the second waits for the first to commit, then does nothing).
 */
public class JdbcReceiptStore implements ReceiptStore {

    private static final String INSERT_RECEIPT = "INSERT INTO webhook_receipt (receipt_id, provider,"
            + " provider_event_id, event_type, resource_id, event_at, stale, headers, raw_body, received_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (provider, provider_event_id) DO NOTHING";

    private static final String INSERT_QUARANTINE = "INSERT INTO webhook_quarantine (quarantine_id, provider,"
            + " reason, headers, raw_body, received_at) VALUES (?, ?, ?, ?::jsonb, ?, ?)";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public JdbcReceiptStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean storeIfNew(Receipt receipt) {
        int inserted = jdbc.update(
                INSERT_RECEIPT,
                receipt.receiptId(),
                receipt.provider(),
                receipt.event().eventId(),
                receipt.event().eventType(),
                receipt.event().resourceId(),
                utc(receipt.event().raisedAt()),
                receipt.stale(),
                json.writeValueAsString(receipt.headers()),
                receipt.rawBody(),
                utc(receipt.receivedAt()));
        return inserted == 1;
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
