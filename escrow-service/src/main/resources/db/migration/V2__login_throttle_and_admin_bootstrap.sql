-- Failed logins per e-mail address (known or not, so that a lock says nothing about whether an account exists):
-- consecutive failures since the last success, and until when logins for the address are refused.
CREATE TABLE login_throttle (
    email           TEXT PRIMARY KEY,
    failures        INTEGER     NOT NULL CHECK (failures > 0),
    last_failure_at TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ
);

-- One-time admin bootstrap tokens, by the SHA-256 of the token: used once, by whom and when.
CREATE TABLE admin_bootstrap (
    token_sha256 TEXT PRIMARY KEY,
    used_by      UUID        NOT NULL REFERENCES app_user (id),
    used_at      TIMESTAMPTZ NOT NULL
);
