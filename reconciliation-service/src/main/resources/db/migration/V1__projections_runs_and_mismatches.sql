-- What escrow-service believes about each escrow (from escrow.events).
CREATE TABLE escrow_view (
    escrow_id         UUID PRIMARY KEY,
    amount_paise      BIGINT,
    position          TEXT        NOT NULL,
    held_paise        BIGINT,
    payment_reference TEXT,
    released_paise    BIGINT,
    payout_reference  TEXT,
    refunded_paise    BIGINT,
    refund_reference  TEXT,
    created_at        TIMESTAMPTZ,
    held_at           TIMESTAMPTZ,
    released_at       TIMESTAMPTZ,
    refunded_at       TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX escrow_view_updated ON escrow_view (updated_at);

-- What payment-service recorded (from payment.events and payout.events), one row per reference, with every
-- provider id it reported.
CREATE TABLE payment_record (
    reference           TEXT PRIMARY KEY,
    escrow_id           UUID        NOT NULL,
    attempt             INT,
    requested_paise     BIGINT,
    paid_paise          BIGINT,
    status              TEXT        NOT NULL,
    provider_payment_id TEXT,
    rrn                 TEXT,
    failure             TEXT,
    requested_at        TIMESTAMPTZ,
    expires_at          TIMESTAMPTZ,
    settled_at          TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX payment_record_escrow ON payment_record (escrow_id);
CREATE INDEX payment_record_updated ON payment_record (updated_at);
CREATE INDEX payment_record_open ON payment_record (requested_at) WHERE status = 'PENDING';

CREATE TABLE refund_record (
    reference          TEXT PRIMARY KEY,
    escrow_id          UUID        NOT NULL,
    amount_paise       BIGINT      NOT NULL,
    status             TEXT        NOT NULL,
    provider_refund_id TEXT,
    failure            TEXT,
    initiated_at       TIMESTAMPTZ,
    settled_at         TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX refund_record_escrow ON refund_record (escrow_id);
CREATE INDEX refund_record_updated ON refund_record (updated_at);
CREATE INDEX refund_record_open ON refund_record (initiated_at) WHERE status = 'PENDING';

CREATE TABLE payout_record (
    reference          TEXT PRIMARY KEY,
    escrow_id          UUID        NOT NULL,
    amount_paise       BIGINT,
    status             TEXT        NOT NULL,
    provider_payout_id TEXT,
    utr                TEXT,
    failure            TEXT,
    initiated_at       TIMESTAMPTZ,
    settled_at         TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX payout_record_escrow ON payout_record (escrow_id);
CREATE INDEX payout_record_updated ON payout_record (updated_at);
CREATE INDEX payout_record_open ON payout_record (initiated_at) WHERE status = 'PENDING';

-- Facts payment-service reports only as admin alerts (a payout reversed after success, a second payout processed).
CREATE TABLE payment_flag (
    escrow_id UUID        NOT NULL,
    kind      TEXT        NOT NULL,
    detail    TEXT,
    raised_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (escrow_id, kind)
);

-- One row per run. Scheduled runs carry a key (ROLLING:<window start>, DAILY:<IST date>): the unique index lets one
-- instance win and makes the other see the winner's run. Manual runs have no key: each request is a run.
CREATE TABLE reconciliation_run (
    id             UUID PRIMARY KEY,
    run_key        TEXT UNIQUE,
    trigger        TEXT        NOT NULL,
    window_from    TIMESTAMPTZ NOT NULL,
    window_to      TIMESTAMPTZ NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    escrows_checked INT        NOT NULL DEFAULT 0,
    mismatch_count INT         NOT NULL DEFAULT 0,
    new_count      INT         NOT NULL DEFAULT 0,
    reopened_count INT         NOT NULL DEFAULT 0,
    counts         TEXT        NOT NULL DEFAULT '{}',
    report_parts   INT         NOT NULL DEFAULT 0,
    CHECK (window_from < window_to)
);
CREATE INDEX reconciliation_run_started ON reconciliation_run (started_at DESC);

-- A mismatch is identified by its fingerprint (kind, escrow, reference, provider ids): found again, it is the same.
CREATE TABLE mismatch (
    id                    UUID PRIMARY KEY,
    fingerprint           TEXT        NOT NULL UNIQUE,
    kind                  TEXT        NOT NULL,
    severity              TEXT        NOT NULL,
    escrow_id             UUID        NOT NULL,
    reference             TEXT,
    provider_ids          TEXT        NOT NULL,
    our_amount_paise      BIGINT,
    provider_amount_paise BIGINT,
    our_status            TEXT,
    provider_status       TEXT,
    detail                TEXT        NOT NULL,
    occurred_at           TIMESTAMPTZ NOT NULL,
    first_seen            TIMESTAMPTZ NOT NULL,
    last_seen             TIMESTAMPTZ NOT NULL,
    last_run_id           UUID        NOT NULL,
    status                TEXT        NOT NULL,
    note                  TEXT,
    noted_by              TEXT,
    noted_at              TIMESTAMPTZ,
    reopened              INT         NOT NULL DEFAULT 0
);
CREATE INDEX mismatch_occurred ON mismatch (occurred_at);
CREATE INDEX mismatch_escrow ON mismatch (escrow_id);

-- Which mismatches each run found.
CREATE TABLE run_mismatch (
    run_id      UUID NOT NULL REFERENCES reconciliation_run (id),
    mismatch_id UUID NOT NULL REFERENCES mismatch (id),
    PRIMARY KEY (run_id, mismatch_id)
);
