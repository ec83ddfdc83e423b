-- Payment attempts: one per (escrow, attempt); the row (with our reference) is committed before Setu is called.
CREATE TABLE payment_attempt (
    id                      UUID PRIMARY KEY,
    escrow_id               UUID        NOT NULL,
    attempt                 INT         NOT NULL CHECK (attempt > 0),
    reference               TEXT        NOT NULL UNIQUE CHECK (reference ~ '^[A-Za-z0-9]{1,35}$'),
    mode                    TEXT        NOT NULL CHECK (mode IN ('INTENT', 'COLLECT')),
    amount_paise            BIGINT      NOT NULL CHECK (amount_paise > 0),
    payer_vpa               TEXT,
    payer_name              TEXT,
    note                    TEXT,
    status                  TEXT        NOT NULL
        CHECK (status IN ('CREATING', 'REQUESTED', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CANCELLED')),
    create_tries            INT         NOT NULL DEFAULT 0,
    cancel_requested        BOOLEAN     NOT NULL DEFAULT false,
    provider_instance_id    TEXT UNIQUE,
    provider_status         TEXT,
    provider_payment_id     TEXT,
    provider_payment_status TEXT,
    provider_amount_paise   BIGINT,
    provider_txn_id         TEXT,
    rrn                     TEXT,
    paid_by_vpa             TEXT,
    intent_link             TEXT,
    short_link              TEXT,
    qr_png_base64           TEXT,
    expires_at              TIMESTAMPTZ NOT NULL,
    next_poll_at            TIMESTAMPTZ,
    last_error              TEXT,
    last_error_at           TIMESTAMPTZ,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    UNIQUE (escrow_id, attempt)
);
CREATE INDEX payment_attempt_due ON payment_attempt (next_poll_at) WHERE next_poll_at IS NOT NULL;
CREATE INDEX payment_attempt_created ON payment_attempt (created_at);

-- What was collected per escrow: refunds are checked against it.
CREATE TABLE escrow_ledger (
    escrow_id       UUID PRIMARY KEY,
    collected_paise BIGINT NOT NULL CHECK (collected_paise >= 0)
);

-- One payout series per (escrow, round): up to max_attempts payouts, each with its own idempotency key.
CREATE TABLE payout_series (
    escrow_id       UUID        NOT NULL,
    round           INT         NOT NULL CHECK (round > 0),
    amount_paise    BIGINT      NOT NULL CHECK (amount_paise > 0),
    payee_vpa       TEXT        NOT NULL,
    payee_name      TEXT        NOT NULL,
    max_attempts    INT         NOT NULL CHECK (max_attempts > 0),
    attempts        INT         NOT NULL DEFAULT 1,
    status          TEXT        NOT NULL CHECK (status IN ('RUNNING', 'WAITING_RETRY', 'SUCCEEDED', 'FAILED', 'REFUSED')),
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    last_error_at   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (escrow_id, round)
);
CREATE INDEX payout_series_due ON payout_series (next_attempt_at) WHERE status = 'WAITING_RETRY';

CREATE TABLE payout (
    id                    UUID PRIMARY KEY,
    escrow_id             UUID        NOT NULL,
    round                 INT         NOT NULL,
    attempt               INT         NOT NULL CHECK (attempt > 0),
    reference             TEXT        NOT NULL UNIQUE CHECK (reference ~ '^[A-Za-z0-9 _-]{4,36}$'),
    amount_paise          BIGINT      NOT NULL CHECK (amount_paise > 0),
    payee_vpa             TEXT        NOT NULL,
    payee_name            TEXT        NOT NULL,
    status                TEXT        NOT NULL CHECK (status IN ('CREATING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'REVERSED')),
    create_tries          INT         NOT NULL DEFAULT 0,
    provider_payout_id    TEXT UNIQUE,
    provider_status       TEXT,
    provider_amount_paise BIGINT,
    utr                   TEXT,
    next_poll_at          TIMESTAMPTZ,
    last_error            TEXT,
    last_error_at         TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (escrow_id, round, attempt),
    FOREIGN KEY (escrow_id, round) REFERENCES payout_series (escrow_id, round)
);
-- Money rule: at most one successful payout per escrow, whatever the code does.
CREATE UNIQUE INDEX payout_one_success_per_escrow ON payout (escrow_id) WHERE status = 'SUCCEEDED';
CREATE INDEX payout_due ON payout (next_poll_at) WHERE next_poll_at IS NOT NULL;
CREATE INDEX payout_created ON payout (created_at);

CREATE TABLE refund (
    id                      UUID PRIMARY KEY,
    escrow_id               UUID        NOT NULL,
    n                       INT         NOT NULL CHECK (n > 0),
    reference               TEXT        NOT NULL UNIQUE,
    amount_paise            BIGINT      NOT NULL CHECK (amount_paise > 0),
    reason                  TEXT,
    provider_payment_id     TEXT        NOT NULL,
    provider_payment_txn_id TEXT,
    status                  TEXT        NOT NULL CHECK (status IN ('CREATING', 'PENDING', 'SUCCEEDED', 'FAILED')),
    create_tries            INT         NOT NULL DEFAULT 0,
    provider_refund_id      TEXT UNIQUE,
    provider_status         TEXT,
    provider_amount_paise   BIGINT,
    next_poll_at            TIMESTAMPTZ,
    last_error              TEXT,
    last_error_at           TIMESTAMPTZ,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    UNIQUE (escrow_id, n)
);
CREATE INDEX refund_due ON refund (next_poll_at) WHERE next_poll_at IS NOT NULL;
CREATE INDEX refund_created ON refund (created_at);

-- Money rule: the refunds of an escrow that have not failed never add up to more than was collected. The
-- ledger row is locked first, so concurrent refunds of one escrow are checked one after the other.
CREATE FUNCTION refunds_within_collected() RETURNS trigger AS $$
DECLARE
    collected BIGINT;
    refunded  BIGINT;
BEGIN
    SELECT collected_paise INTO collected FROM escrow_ledger WHERE escrow_id = NEW.escrow_id FOR UPDATE;
    SELECT COALESCE(SUM(amount_paise), 0) INTO refunded
      FROM refund WHERE escrow_id = NEW.escrow_id AND status <> 'FAILED';
    IF collected IS NULL OR refunded > collected THEN
        RAISE EXCEPTION 'refunds of escrow % (%) would exceed the collected amount (%)',
            NEW.escrow_id, refunded, COALESCE(collected, 0) USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER refund_within_collected
    AFTER INSERT OR UPDATE OF amount_paise, status ON refund
    FOR EACH ROW EXECUTE FUNCTION refunds_within_collected();

-- Payment audit log: every provider call summary, webhook and decision, keyed by escrow.
CREATE TABLE payment_audit (
    id        BIGSERIAL PRIMARY KEY,
    escrow_id UUID,
    at        TIMESTAMPTZ NOT NULL,
    kind      TEXT        NOT NULL CHECK (kind IN ('COMMAND', 'PROVIDER_CALL', 'WEBHOOK', 'DECISION', 'FAILURE', 'ALERT')),
    subject   TEXT,
    detail    TEXT        NOT NULL
);
CREATE INDEX payment_audit_escrow ON payment_audit (escrow_id, id);
