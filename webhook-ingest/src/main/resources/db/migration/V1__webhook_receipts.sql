-- Accepted webhooks: one row per (provider, provider event id); the unique key is what drops duplicates.
CREATE TABLE webhook_receipt (
    receipt_id        uuid        PRIMARY KEY,
    provider          text        NOT NULL,
    provider_event_id text        NOT NULL,
    event_type        text        NOT NULL,
    resource_id       text,
    event_at          timestamptz,
    stale             boolean     NOT NULL,
    headers           jsonb       NOT NULL,
    raw_body          bytea       NOT NULL,
    received_at       timestamptz NOT NULL,
    CONSTRAINT webhook_receipt_provider_event UNIQUE (provider, provider_event_id)
);

-- Correctly signed webhooks whose body could not be read: kept for inspection, never published.
CREATE TABLE webhook_quarantine (
    quarantine_id uuid        PRIMARY KEY,
    provider      text        NOT NULL,
    reason        text        NOT NULL,
    headers       jsonb       NOT NULL,
    raw_body      bytea       NOT NULL,
    received_at   timestamptz NOT NULL
);

CREATE INDEX webhook_quarantine_received_at ON webhook_quarantine (received_at);
