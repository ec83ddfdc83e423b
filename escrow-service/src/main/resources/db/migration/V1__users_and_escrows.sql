-- Users of the built-in identity provider. E-mail addresses are unique regardless of case.
CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    email         TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    phone         TEXT,
    password_hash TEXT        NOT NULL,
    roles         TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));

-- One row per escrow; version is the optimistic lock.
CREATE TABLE escrow (
    id                    UUID PRIMARY KEY,
    code                  CHAR(6)     NOT NULL,
    code_expires_at       TIMESTAMPTZ NOT NULL,
    code_active           BOOLEAN     NOT NULL,
    name                  TEXT        NOT NULL,
    title                 TEXT        NOT NULL,
    description           TEXT,
    amount_paise          BIGINT      NOT NULL CHECK (amount_paise > 0),
    payment_mode          TEXT        NOT NULL,
    creator_role          TEXT        NOT NULL,
    payer_user_id         UUID,
    payer_name            TEXT,
    payer_vpa             TEXT,
    payee_user_id         UUID,
    payee_name            TEXT,
    payee_vpa             TEXT,
    status                TEXT        NOT NULL,
    payment_attempt       INT         NOT NULL DEFAULT 0,
    payment_status        TEXT        NOT NULL,
    payment_reference     TEXT,
    intent_link           TEXT,
    short_link            TEXT,
    qr_png_base64         TEXT,
    collect_id            TEXT,
    payment_expires_at    TIMESTAMPTZ,
    offer_attempt         INT,
    failure_reason        TEXT,
    paid_attempt          INT         NOT NULL DEFAULT 0,
    paid_amount_paise     BIGINT      NOT NULL DEFAULT 0,
    provider_payment_id   TEXT,
    rrn                   TEXT,
    payment_initiated_at  TIMESTAMPTZ,
    payment_completed_at  TIMESTAMPTZ,
    payer_confirmed       BOOLEAN     NOT NULL DEFAULT false,
    payee_confirmed       BOOLEAN     NOT NULL DEFAULT false,
    release_round         INT         NOT NULL DEFAULT 0,
    payout_reference      TEXT,
    payout_initiated_at   TIMESTAMPTZ,
    payout_completed_at   TIMESTAMPTZ,
    refund_reference      TEXT,
    refund_completed_at   TIMESTAMPTZ,
    last_error            TEXT,
    last_error_at         TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    version               BIGINT      NOT NULL,
    -- A payout and a refund of the same escrow never both complete.
    CONSTRAINT escrow_payout_or_refund CHECK (payout_completed_at IS NULL OR refund_completed_at IS NULL)
);
-- Codes never repeat, so a code found later always names the escrow it was made for.
CREATE UNIQUE INDEX escrow_code ON escrow (code);
CREATE INDEX escrow_payer ON escrow (payer_user_id, created_at DESC);
CREATE INDEX escrow_payee ON escrow (payee_user_id, created_at DESC);
CREATE INDEX escrow_payment_reference ON escrow (payment_reference);
CREATE INDEX escrow_provider_payment_id ON escrow (provider_payment_id);
CREATE INDEX escrow_payout_reference ON escrow (payout_reference);
CREATE INDEX escrow_code_expiry ON escrow (code_expires_at) WHERE status = 'AWAITING_PARTNER';

-- The timeline: one row per event of an escrow.
CREATE TABLE escrow_history (
    id          BIGSERIAL PRIMARY KEY,
    escrow_id   UUID        NOT NULL REFERENCES escrow (id),
    type        TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    actor_id    UUID,
    detail      TEXT,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX escrow_history_escrow ON escrow_history (escrow_id, id);

-- Idempotent creation: one escrow per (user, Idempotency-Key); the body's hash tells a replay from a misuse.
CREATE TABLE escrow_idempotency (
    user_id      UUID        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    escrow_id    UUID        NOT NULL REFERENCES escrow (id),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
