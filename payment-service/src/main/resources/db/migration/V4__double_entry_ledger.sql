-- Double-entry ledger (ADR 0008), TigerBeetle-style: accounts with pending and posted debits and credits, and
-- immutable transfers that are single-phase (POSTED) or two-phase (PENDING, then one POST_PENDING or VOID_PENDING).
-- Balances are changed only by the trigger on ledger_transfer, in the transaction that inserts the transfer, which
-- is the transaction of the state change the transfer records.

CREATE TABLE ledger_account (
    id              TEXT PRIMARY KEY,
    escrow_id       UUID,
    kind            TEXT        NOT NULL
        CHECK (kind IN ('HELD', 'PAID_OUT', 'REFUNDED', 'SETU_CLEARING', 'RAZORPAYX_CLEARING')),
    -- TigerBeetle's flag: debits (posted plus pending) may never exceed posted credits.
    debits_must_not_exceed_credits BOOLEAN NOT NULL DEFAULT false,
    debits_pending  BIGINT      NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
    debits_posted   BIGINT      NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_pending BIGINT      NOT NULL DEFAULT 0 CHECK (credits_pending >= 0),
    credits_posted  BIGINT      NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    -- A frozen account takes no new debits (a payout incident blocks refunds and further payouts).
    frozen_at       TIMESTAMPTZ,
    frozen_reason   TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (escrow_id, kind),
    CHECK ((kind IN ('HELD', 'PAID_OUT', 'REFUNDED')) = (escrow_id IS NOT NULL)),
    -- Money rule (ARCHITECTURE §5): what an escrow pays out plus what it refunds, posted or still pending, never
    -- exceeds what was collected for it.
    CONSTRAINT held_account_never_overdrawn CHECK (kind <> 'HELD' OR debits_must_not_exceed_credits),
    CONSTRAINT debits_within_credits
        CHECK (NOT debits_must_not_exceed_credits OR debits_pending + debits_posted <= credits_posted)
);

INSERT INTO ledger_account (id, kind, created_at) VALUES ('SETU_CLEARING', 'SETU_CLEARING', now()),
                                                         ('RAZORPAYX_CLEARING', 'RAZORPAYX_CLEARING', now());

CREATE TABLE ledger_transfer (
    id                TEXT PRIMARY KEY,
    escrow_id         UUID        NOT NULL,
    debit_account_id  TEXT        NOT NULL REFERENCES ledger_account (id),
    credit_account_id TEXT        NOT NULL REFERENCES ledger_account (id),
    amount_paise      BIGINT      NOT NULL CHECK (amount_paise > 0),
    code              TEXT        NOT NULL CHECK (code IN ('CAPTURE', 'PAYOUT', 'REFUND', 'PAYOUT_REVERSAL')),
    flag              TEXT        NOT NULL CHECK (flag IN ('POSTED', 'PENDING', 'POST_PENDING', 'VOID_PENDING')),
    -- A pending transfer is resolved at most once: posted or voided, never both, never twice.
    pending_id        TEXT UNIQUE REFERENCES ledger_transfer (id),
    reference         TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    CHECK (debit_account_id <> credit_account_id),
    CHECK ((flag IN ('POST_PENDING', 'VOID_PENDING')) = (pending_id IS NOT NULL))
);
CREATE INDEX ledger_transfer_escrow ON ledger_transfer (escrow_id, created_at);

CREATE FUNCTION ledger_bump(account TEXT, d_pending BIGINT, d_posted BIGINT, c_pending BIGINT, c_posted BIGINT,
                            new_debit BOOLEAN) RETURNS void AS $$
DECLARE
    frozen TIMESTAMPTZ;
BEGIN
    UPDATE ledger_account
       SET debits_pending = debits_pending + d_pending, debits_posted = debits_posted + d_posted,
           credits_pending = credits_pending + c_pending, credits_posted = credits_posted + c_posted
     WHERE id = account
    RETURNING frozen_at INTO frozen;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ledger account % does not exist', account USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF new_debit AND frozen IS NOT NULL THEN
        RAISE EXCEPTION 'ledger account % is frozen', account USING ERRCODE = 'check_violation';
    END IF;
END;
$$ LANGUAGE plpgsql;

-- Applies a transfer to both accounts (in id order, so concurrent transfers never deadlock) and checks that a
-- post or void matches its pending transfer exactly.
CREATE FUNCTION ledger_apply_transfer() RETURNS trigger AS $$
DECLARE
    p      ledger_transfer;
    dp     BIGINT := 0;  -- pending change
    dpo    BIGINT := 0;  -- posted change
    first  TEXT;
BEGIN
    IF NEW.flag = 'POSTED' THEN
        dpo := NEW.amount_paise;
    ELSIF NEW.flag = 'PENDING' THEN
        dp := NEW.amount_paise;
    ELSE
        SELECT * INTO p FROM ledger_transfer WHERE id = NEW.pending_id;
        IF p.flag <> 'PENDING' OR p.debit_account_id <> NEW.debit_account_id
           OR p.credit_account_id <> NEW.credit_account_id OR p.amount_paise <> NEW.amount_paise
           OR p.escrow_id <> NEW.escrow_id OR p.code <> NEW.code THEN
            RAISE EXCEPTION 'transfer % does not match pending transfer %', NEW.id, NEW.pending_id
                USING ERRCODE = 'check_violation';
        END IF;
        dp := -NEW.amount_paise;
        IF NEW.flag = 'POST_PENDING' THEN
            dpo := NEW.amount_paise;
        END IF;
    END IF;
    first := LEAST(NEW.debit_account_id, NEW.credit_account_id);
    IF first = NEW.debit_account_id THEN
        PERFORM ledger_bump(NEW.debit_account_id, dp, dpo, 0, 0, NEW.flag IN ('POSTED', 'PENDING'));
        PERFORM ledger_bump(NEW.credit_account_id, 0, 0, dp, dpo, false);
    ELSE
        PERFORM ledger_bump(NEW.credit_account_id, 0, 0, dp, dpo, false);
        PERFORM ledger_bump(NEW.debit_account_id, dp, dpo, 0, 0, NEW.flag IN ('POSTED', 'PENDING'));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_transfer_applied
    AFTER INSERT ON ledger_transfer FOR EACH ROW EXECUTE FUNCTION ledger_apply_transfer();

-- Transfers are facts: never changed, never deleted.
CREATE FUNCTION ledger_transfer_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger transfers are immutable' USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_transfer_no_change
    BEFORE UPDATE OR DELETE ON ledger_transfer FOR EACH ROW EXECUTE FUNCTION ledger_transfer_immutable();

-- Balances change only through a transfer (from inside the transfer trigger), never by a direct UPDATE.
CREATE FUNCTION ledger_balances_by_transfer_only() RETURNS trigger AS $$
BEGIN
    IF pg_trigger_depth() < 2 AND (NEW.debits_pending, NEW.debits_posted, NEW.credits_pending, NEW.credits_posted)
       IS DISTINCT FROM (OLD.debits_pending, OLD.debits_posted, OLD.credits_pending, OLD.credits_posted) THEN
        RAISE EXCEPTION 'ledger balances change only through transfers' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_account_balances_guarded
    BEFORE UPDATE ON ledger_account FOR EACH ROW EXECUTE FUNCTION ledger_balances_by_transfer_only();

-- Escrows that collected before the ledger existed: their collections and settled refunds and payouts.
INSERT INTO ledger_account (id, escrow_id, kind, debits_must_not_exceed_credits, created_at)
SELECT e.escrow_id || ':' || k.kind, e.escrow_id, k.kind, k.kind = 'HELD', now()
  FROM escrow_ledger e CROSS JOIN (VALUES ('HELD'), ('PAID_OUT'), ('REFUNDED')) AS k (kind);
INSERT INTO ledger_transfer (id, escrow_id, debit_account_id, credit_account_id, amount_paise, code, flag, reference,
                             created_at)
SELECT 'capture:migrated:' || escrow_id, escrow_id, 'SETU_CLEARING', escrow_id || ':HELD', collected_paise, 'CAPTURE',
       'POSTED', 'migrated', now()
  FROM escrow_ledger WHERE collected_paise > 0;

INSERT INTO ledger_transfer (id, escrow_id, debit_account_id, credit_account_id, amount_paise, code, flag, reference,
                             created_at)
SELECT 'refund:' || r.reference, r.escrow_id, r.escrow_id || ':HELD', r.escrow_id || ':REFUNDED', r.amount_paise,
       'REFUND', CASE WHEN r.status = 'SUCCEEDED' THEN 'POSTED' ELSE 'PENDING' END, r.reference, now()
  FROM refund r JOIN escrow_ledger e ON e.escrow_id = r.escrow_id WHERE r.status <> 'FAILED';
INSERT INTO ledger_transfer (id, escrow_id, debit_account_id, credit_account_id, amount_paise, code, flag, reference,
                             created_at)
SELECT 'payout:' || p.reference, p.escrow_id, p.escrow_id || ':HELD', p.escrow_id || ':PAID_OUT', p.amount_paise,
       'PAYOUT', CASE WHEN p.status = 'SUCCEEDED' THEN 'POSTED' ELSE 'PENDING' END, p.reference, now()
  FROM payout p JOIN escrow_ledger e ON e.escrow_id = p.escrow_id
 WHERE p.status IN ('CREATING', 'PROCESSING', 'SUCCEEDED');

-- Payouts: the exact request body is stored with the idempotency key before the first call, so a re-send is
-- byte-for-byte the first send; a payout the provider processed although we had settled it otherwise (failed, or
-- another payout of the escrow already succeeded) is an INCIDENT.
ALTER TABLE payout ADD COLUMN request_body BYTEA;
ALTER TABLE payout DROP CONSTRAINT payout_status_check;
ALTER TABLE payout ADD CONSTRAINT payout_status_check
    CHECK (status IN ('CREATING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'REVERSED', 'INCIDENT'));
-- A re-send answered 4xx leaves the outcome unknown: the payout is then looked up by its reference before it is
-- ever sent again.
ALTER TABLE payout ADD COLUMN lookup_needed BOOLEAN NOT NULL DEFAULT false;
