-- Browser sessions (ADR 0023): one row per refresh token, kept only as the SHA-256 of the opaque token the browser
-- holds in an HttpOnly cookie. Every token of one sign-in shares a family; refreshing rotates the token (the old row
-- gets rotated_at, a new row is inserted), logging out or presenting an already rotated token revokes the family.
CREATE TABLE refresh_token (
    token_sha256 TEXT PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    family_id    UUID        NOT NULL,
    user_id      UUID        NOT NULL REFERENCES app_user (id),
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    rotated_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    CHECK (expires_at > issued_at)
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
-- At most one live (neither rotated nor revoked) token per family: two concurrent rotations cannot both win.
CREATE UNIQUE INDEX refresh_token_one_live_per_family ON refresh_token (family_id)
    WHERE rotated_at IS NULL AND revoked_at IS NULL;

-- An operator can disable an account (UPDATE app_user SET disabled_at = now()): it can neither log in nor refresh.
ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMPTZ;
