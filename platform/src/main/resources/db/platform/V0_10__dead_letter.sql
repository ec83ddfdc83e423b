-- Dead letters: records a consumer of this service gave up on (poison, or refused after its bounded retries). Kept
-- here (and published to <topic>.DLT) so an operator can see, replay or discard each one. Version 0.10 leaves
-- 0.2-0.9 free for platform migrations that must run before it.
CREATE TABLE dead_letter (
    id                BIGSERIAL PRIMARY KEY,
    consumer_group    TEXT        NOT NULL,
    topic             TEXT        NOT NULL,
    kafka_partition   INT         NOT NULL,
    record_offset     BIGINT      NOT NULL,
    message_key       TEXT,
    event_id          UUID,
    type              TEXT,
    headers           JSONB       NOT NULL DEFAULT '[]',
    payload           BYTEA,
    record_timestamp  BIGINT      NOT NULL,
    failure_kind      TEXT        NOT NULL CHECK (failure_kind IN ('POISON', 'PERMANENT')),
    reason            TEXT        NOT NULL,
    status            TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'REPLAYED', 'DISCARDED')),
    dead_lettered_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    replay_attempts   INT         NOT NULL DEFAULT 0,
    last_replay_error TEXT,
    closed_at         TIMESTAMPTZ,
    note              TEXT CHECK (length(note) <= 500),
    -- A retried recovery of the same record keeps one row.
    UNIQUE (consumer_group, topic, kafka_partition, record_offset),
    -- Open until replayed or discarded, and a discard always says why.
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK (status <> 'DISCARDED' OR note IS NOT NULL)
);

CREATE INDEX dead_letter_open ON dead_letter (id) WHERE status = 'OPEN';
