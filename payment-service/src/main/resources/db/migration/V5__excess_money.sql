-- Money that is not the escrow's (ADR 0012): a second payment after another attempt was paid, a payment of the
-- wrong amount, a late payment on a cancelled or expired attempt. It is captured into the escrow's own EXCESS
-- account, never into HELD, and refunded from there, so the escrow's held amount never includes it and the HELD
-- overdraft rule (payouts plus refunds never exceed what was collected) stays exact.

DO $$
DECLARE
    c RECORD;
BEGIN
    -- the kind list and the per-escrow rule of V4 name 'REFUNDED'; the transfer code list names 'PAYOUT_REVERSAL'
    FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'ledger_account'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%REFUNDED%' LOOP
        EXECUTE format('ALTER TABLE ledger_account DROP CONSTRAINT %I', c.conname);
    END LOOP;
    FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'ledger_transfer'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%PAYOUT_REVERSAL%' LOOP
        EXECUTE format('ALTER TABLE ledger_transfer DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;

ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check
    CHECK (kind IN ('HELD', 'PAID_OUT', 'REFUNDED', 'EXCESS', 'SETU_CLEARING', 'RAZORPAYX_CLEARING'));
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_escrow_kind_check
    CHECK ((kind IN ('HELD', 'PAID_OUT', 'REFUNDED', 'EXCESS')) = (escrow_id IS NOT NULL));
-- Excess money is only ever given back: its refunds (posted or pending) never exceed what came in.
ALTER TABLE ledger_account ADD CONSTRAINT excess_account_never_overdrawn
    CHECK (kind <> 'EXCESS' OR debits_must_not_exceed_credits);
ALTER TABLE ledger_transfer ADD CONSTRAINT ledger_transfer_code_check
    CHECK (code IN ('CAPTURE', 'PAYOUT', 'REFUND', 'PAYOUT_REVERSAL', 'EXCESS_CAPTURE'));
-- A refund transfer comes out of HELD (the escrow's refund) or EXCESS (money given back), nothing else.
ALTER TABLE ledger_transfer ADD CONSTRAINT ledger_transfer_excess_capture_into_excess
    CHECK (code <> 'EXCESS_CAPTURE' OR credit_account_id LIKE '%:EXCESS');

INSERT INTO ledger_account (id, escrow_id, kind, debits_must_not_exceed_credits, created_at)
SELECT a.escrow_id || ':EXCESS', a.escrow_id, 'EXCESS', true, now()
  FROM ledger_account a WHERE a.kind = 'HELD'
ON CONFLICT DO NOTHING;

-- Refunds that give excess money back: one per provider payment (the key is committed before Setu is called, so a
-- payment read again never refunds twice), and never reported as the escrow's refund.
ALTER TABLE refund ADD COLUMN purpose TEXT NOT NULL DEFAULT 'ESCROW' CHECK (purpose IN ('ESCROW', 'EXCESS'));
ALTER TABLE refund ADD COLUMN excess_payment_id TEXT UNIQUE;
ALTER TABLE refund ADD CONSTRAINT refund_excess_has_payment
    CHECK ((purpose = 'EXCESS') = (excess_payment_id IS NOT NULL));

-- V1's money rule counts the escrow's own refunds only: excess money is not collected for the escrow, and its
-- refunds are bounded by the EXCESS ledger account instead (excess_account_never_overdrawn).
CREATE OR REPLACE FUNCTION refunds_within_collected() RETURNS trigger AS $$
DECLARE
    collected BIGINT;
    refunded  BIGINT;
BEGIN
    IF NEW.purpose = 'EXCESS' THEN
        RETURN NEW;
    END IF;
    SELECT collected_paise INTO collected FROM escrow_ledger WHERE escrow_id = NEW.escrow_id FOR UPDATE;
    SELECT COALESCE(SUM(amount_paise), 0) INTO refunded
      FROM refund WHERE escrow_id = NEW.escrow_id AND status <> 'FAILED' AND purpose = 'ESCROW';
    IF collected IS NULL OR refunded > collected THEN
        RAISE EXCEPTION 'refunds of escrow % (%) would exceed the collected amount (%)',
            NEW.escrow_id, refunded, COALESCE(collected, 0) USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
