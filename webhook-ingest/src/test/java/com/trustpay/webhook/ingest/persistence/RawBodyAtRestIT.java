package com.trustpay.webhook.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.webhook.ingest.application.RawBodyRetention;
import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.ingest.domain.ProviderEvent;
import com.trustpay.webhook.ingest.domain.Receipt;
import com.trustpay.webhook.ingest.domain.ReceiptIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Raw webhook bodies at rest (ADR 0020), against real PostgreSQL: sealed in the column, purged after retention. */
@RealInfrastructure
@SpringBootTest
class RawBodyAtRestIT {

    @Autowired
    ReceiptStore store;

    @Autowired
    RawBodyRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStoredBodyIsSealedInItsColumnAndReadsBackAsReceived() {
        String payer = "payer-" + UUID.randomUUID() + "@okaxis";
        Receipt receipt = receipt(payer, Instant.now());

        store.storeNew(List.of(receipt));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT sealed_body, raw_body FROM webhook_receipt WHERE receipt_id = ?", receipt.receiptId());
        assertThat(row.get("raw_body")).isNull();
        assertThat((String) row.get("sealed_body")).startsWith("v1:sandbox1:").doesNotContain(payer);
        assertThat(store.receiptBody(receipt.receiptId())).hasValue(receipt.rawBody());
    }

    @Test
    void aQuarantinedBodyIsSealedToo() {
        UUID id = UUID.randomUUID();
        byte[] body = "{\"vpa\":\"quarantined@upi\"}".getBytes(StandardCharsets.UTF_8);

        store.quarantine(id, "setu", "no event id", Map.of(), body, Instant.now());

        String stored = jdbc.queryForObject(
                "SELECT sealed_body FROM webhook_quarantine WHERE quarantine_id = ?", String.class, id);
        assertThat(stored).doesNotContain("quarantined@upi");
        assertThat(store.quarantinedBody(id)).hasValue(body);
    }

    @Test
    void aBodyCopiedIntoAnotherRowStillOpensButNotIntoTheQuarantineTable() {
        Receipt receipt = receipt("copied@upi", Instant.now());
        store.storeNew(List.of(receipt));
        UUID quarantined = UUID.randomUUID();
        store.quarantine(quarantined, "setu", "x", Map.of(), new byte[] {1}, Instant.now());

        jdbc.update(
                "UPDATE webhook_quarantine SET sealed_body = (SELECT sealed_body FROM webhook_receipt"
                        + " WHERE receipt_id = ?) WHERE quarantine_id = ?",
                receipt.receiptId(),
                quarantined);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.quarantinedBody(quarantined))
                .hasMessageContaining("integrity");
    }

    @Test
    void theRetentionPurgeDropsOldBodiesOnlyAndKeepsTheirRows() {
        Instant old = Instant.now().minus(retention.retention()).minus(Duration.ofHours(1));
        Receipt expired = receipt("expired@upi", old);
        Receipt recent =
                receipt("recent@upi", Instant.now().minus(retention.retention()).plus(Duration.ofHours(1)));
        store.storeNew(List.of(expired, recent));
        UUID oldQuarantine = UUID.randomUUID();
        store.quarantine(oldQuarantine, "setu", "unreadable", Map.of(), new byte[] {1, 2}, old);

        assertThat(retention.purgeExpired()).isGreaterThanOrEqualTo(2);

        Map<String, Object> purged = jdbc.queryForMap(
                "SELECT provider, provider_event_id, event_type, resource_id, stale, received_at, sealed_body,"
                        + " raw_body, body_purged_at FROM webhook_receipt WHERE receipt_id = ?",
                expired.receiptId());
        assertThat(purged.get("sealed_body")).isNull();
        assertThat(purged.get("raw_body")).isNull();
        assertThat(purged.get("body_purged_at")).isNotNull();
        assertThat(purged.get("provider")).isEqualTo("setu");
        assertThat(purged.get("provider_event_id")).isEqualTo(expired.event().eventId());
        assertThat(purged.get("event_type")).isEqualTo("payment.success");
        assertThat(purged.get("resource_id")).isEqualTo(expired.event().resourceId());
        assertThat(store.receiptBody(expired.receiptId())).isEmpty();
        assertThat(store.receiptBody(recent.receiptId())).hasValue(recent.rawBody());
        assertThat(store.quarantinedBody(oldQuarantine)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM webhook_quarantine WHERE quarantine_id = ?", String.class, oldQuarantine))
                .isEqualTo("unreadable");
        assertThat(retention.purgeExpired()).isZero();
    }

    @Test
    void aBodyReceivedBeforeEncryptionIsStillReadableAndPurgedLikeTheOthers() {
        Instant old = Instant.now().minus(retention.retention()).minus(Duration.ofDays(1));
        UUID legacy = UUID.randomUUID();
        byte[] body = "{\"legacy\":true}".getBytes(StandardCharsets.UTF_8);
        // A row as V1 wrote it: the NOT VALID check of V2 leaves such rows alone but refuses new ones.
        jdbc.execute("BEGIN; ALTER TABLE webhook_quarantine DROP CONSTRAINT webhook_quarantine_no_plaintext_body;"
                + " INSERT INTO webhook_quarantine (quarantine_id, provider, reason, headers, raw_body, received_at)"
                + " VALUES ('" + legacy + "', 'setu', 'legacy', '{}', convert_to('{\"legacy\":true}', 'UTF8'), '"
                + old + "'); ALTER TABLE webhook_quarantine ADD CONSTRAINT webhook_quarantine_no_plaintext_body"
                + " CHECK (raw_body IS NULL) NOT VALID; COMMIT");

        assertThat(store.quarantinedBody(legacy)).hasValue(body);

        retention.purgeExpired();

        assertThat(store.quarantinedBody(legacy)).isEmpty();
    }

    private static Receipt receipt(String vpa, Instant receivedAt) {
        String eventId = UUID.randomUUID().toString();
        return new Receipt(
                ReceiptIds.next(),
                "setu",
                new ProviderEvent(eventId, "payment.success", "pay-" + eventId, receivedAt),
                false,
                Map.of("x-setu-signature", "sig"),
                ("{\"id\":\"" + eventId + "\",\"payerVpa\":\"" + vpa + "\"}").getBytes(StandardCharsets.UTF_8),
                receivedAt);
    }
}
