-- Issue 18 item 4: the dispute thread, and the admin's decision kept instead of thrown away.

-- One row per message of a dispute's thread, newest last (position). The text bound is the domain's
-- (DisputeMessage.MAX_TEXT, in characters); the database refuses what the code would never write.
CREATE TABLE dispute_message (
    position   BIGSERIAL   PRIMARY KEY,
    id         UUID        NOT NULL UNIQUE,
    escrow_id  UUID        NOT NULL REFERENCES escrow (id),
    author_id  UUID        NOT NULL,
    author     TEXT        NOT NULL CHECK (author IN ('PAYER', 'PAYEE', 'ADMIN')),
    body       TEXT        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    posted_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX dispute_message_escrow ON dispute_message (escrow_id, position);

-- Idempotent posting: one message per (author, Idempotency-Key); the request's hash tells a retry from a misuse.
CREATE TABLE dispute_message_idempotency (
    author_id    UUID        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    message_id   UUID        NOT NULL REFERENCES dispute_message (id),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (author_id, key)
);

-- Disputes opened before the thread existed: their reason (kept in the history as "Disputed: <reason>") becomes the
-- thread's first message, as it is for new disputes.
INSERT INTO dispute_message (id, escrow_id, author_id, author, body, posted_at)
SELECT gen_random_uuid(), h.escrow_id, h.actor_id,
       CASE WHEN h.actor_id = e.payer_user_id THEN 'PAYER' ELSE 'PAYEE' END,
       substr(h.detail, length('Disputed: ') + 1), h.occurred_at
  FROM escrow_history h JOIN escrow e ON e.id = h.escrow_id
 WHERE h.type = 'Disputed' AND h.actor_id IS NOT NULL AND char_length(h.detail) > length('Disputed: ')
 ORDER BY h.id;

-- The latest admin decision of a dispute or failed release: outcome, note (Escrow.MAX_NOTE characters), who, when.
ALTER TABLE escrow
    ADD COLUMN decision_outcome TEXT CHECK (decision_outcome IN ('RELEASE_TO_PAYEE', 'REFUND_TO_PAYER')),
    ADD COLUMN decision_note    TEXT CHECK (char_length(decision_note) <= 1000),
    ADD COLUMN decided_by       UUID,
    ADD COLUMN decided_at       TIMESTAMPTZ,
    ADD CONSTRAINT escrow_decision_whole
        CHECK ((decision_outcome IS NULL) = (decided_by IS NULL) AND (decision_outcome IS NULL) = (decided_at IS NULL));
