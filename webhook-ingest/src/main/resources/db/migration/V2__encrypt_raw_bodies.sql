-- Raw webhook bodies encrypted at rest (ADR 0020) and kept only for a retention period.
--
-- sealed_body holds the body as the platform's FieldCipher writes it: v1:<key id>:<base64(nonce | ciphertext | tag)>,
-- sealed for this table and column. raw_body (plaintext) is no longer written: the NOT VALID check holds every new
-- or changed row to that while leaving rows received before this migration as they are; those keep their plaintext
-- until the retention purge drops it like any other body. body_purged_at says the body was dropped on purpose: the
-- row itself (what was received, when, from whom, whether it was stale) stays.
ALTER TABLE webhook_receipt
    ALTER COLUMN raw_body DROP NOT NULL,
    ADD COLUMN sealed_body text,
    ADD COLUMN body_purged_at timestamptz;
ALTER TABLE webhook_receipt
    ADD CONSTRAINT webhook_receipt_no_plaintext_body CHECK (raw_body IS NULL) NOT VALID,
    ADD CONSTRAINT webhook_receipt_body_kept_or_purged
        CHECK (body_purged_at IS NOT NULL OR sealed_body IS NOT NULL OR raw_body IS NOT NULL);
-- The purge's due rows: bodies still kept, oldest first.
CREATE INDEX webhook_receipt_body_kept ON webhook_receipt (received_at) WHERE body_purged_at IS NULL;

ALTER TABLE webhook_quarantine
    ALTER COLUMN raw_body DROP NOT NULL,
    ADD COLUMN sealed_body text,
    ADD COLUMN body_purged_at timestamptz;
ALTER TABLE webhook_quarantine
    ADD CONSTRAINT webhook_quarantine_no_plaintext_body CHECK (raw_body IS NULL) NOT VALID,
    ADD CONSTRAINT webhook_quarantine_body_kept_or_purged
        CHECK (body_purged_at IS NOT NULL OR sealed_body IS NOT NULL OR raw_body IS NOT NULL);
CREATE INDEX webhook_quarantine_body_kept ON webhook_quarantine (received_at) WHERE body_purged_at IS NULL;
