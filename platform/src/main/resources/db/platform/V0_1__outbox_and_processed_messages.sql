-- Transactional outbox: rows written in the business transaction, relayed to Kafka in id order.
CREATE TABLE outbox_message (
    id           BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    traceparent  TEXT,
    envelope     BYTEA       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ,
    attempts     INT         NOT NULL DEFAULT 0,
    last_error   TEXT
);

CREATE INDEX outbox_message_unpublished ON outbox_message (id) WHERE published_at IS NULL;
CREATE INDEX outbox_message_published_at ON outbox_message (published_at) WHERE published_at IS NOT NULL;

-- Idempotent consumers: one row per (consumer, event id) handled, written in the handler's transaction.
CREATE TABLE processed_message (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
