-- The people behind user ids, from identity.events (names for the texts, addresses for the mail).
CREATE TABLE person (
    user_id      UUID PRIMARY KEY,
    display_name TEXT        NOT NULL,
    email        TEXT,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What notification-service knows of each escrow, gathered from escrow.events and payout.events in any order.
CREATE TABLE escrow_facts (
    escrow_id       UUID PRIMARY KEY,
    title           TEXT,
    friendly_name   TEXT,
    amount_paise    BIGINT,
    creator_user_id UUID,
    creator_role    TEXT,
    payer_user_id   UUID,
    payee_user_id   UUID,
    payee_vpa       TEXT,
    disputed        BOOLEAN     NOT NULL DEFAULT false,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Events that arrived before the facts they need (another topic ran ahead); replayed once the facts are in.
CREATE TABLE parked_event (
    event_id  UUID PRIMARY KEY,
    escrow_id UUID        NOT NULL,
    envelope  BYTEA       NOT NULL,
    parked_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX parked_event_escrow ON parked_event (escrow_id, parked_at);

-- One row per (event, recipient, channel): redelivery and reordering can never notify anyone twice.
-- recipient is the user id as text, or 'ops' for the operators' feed that every admin sees.
CREATE TABLE notification (
    seq               BIGSERIAL PRIMARY KEY,
    id                UUID        NOT NULL UNIQUE,
    event_id          UUID        NOT NULL,
    recipient         TEXT        NOT NULL,
    recipient_user_id UUID,
    channel           TEXT        NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL')),
    kind              TEXT        NOT NULL,
    category          TEXT        NOT NULL,
    escrow_id         UUID,
    title             TEXT        NOT NULL,
    body              TEXT        NOT NULL,
    action_label      TEXT,
    link              TEXT,
    occurred_at       TIMESTAMPTZ NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at           TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (event_id, recipient, channel)
);
CREATE INDEX notification_feed ON notification (recipient, seq DESC) WHERE channel = 'IN_APP';
CREATE INDEX notification_unread ON notification (recipient, seq DESC) WHERE channel = 'IN_APP' AND read_at IS NULL;

-- Mail waiting to go, gone, or given up on (then visible to admins for a retry).
CREATE TABLE mail_message (
    id                UUID PRIMARY KEY,
    notification_id   UUID        NOT NULL UNIQUE,
    recipient         TEXT        NOT NULL,
    recipient_user_id UUID,
    critical          BOOLEAN     NOT NULL,
    subject           TEXT        NOT NULL,
    text_body         TEXT        NOT NULL,
    html_body         TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts          INT         NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ,
    last_error        TEXT,
    sent_to           TEXT,
    sent_at           TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX mail_message_due ON mail_message (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX mail_message_failed ON mail_message (created_at) WHERE status = 'FAILED';

-- A user's choice about non-critical mail (money and security mail always goes). No row: mail is on.
CREATE TABLE mail_preference (
    user_id            UUID PRIMARY KEY,
    non_critical_email BOOLEAN     NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Single-use tickets that let a browser's EventSource open the stream; only their SHA-256 is stored.
CREATE TABLE stream_ticket (
    ticket_hash BYTEA PRIMARY KEY,
    user_id     UUID        NOT NULL,
    admin       BOOLEAN     NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX stream_ticket_expiry ON stream_ticket (expires_at);
