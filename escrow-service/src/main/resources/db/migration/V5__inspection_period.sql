-- ADR 0018: the payer's inspection period. The creator sets its length (1-30 days, 3 by default); the payee's
-- "delivered" starts it; when it ends with neither a confirmation nor a dispute the money is released
-- automatically, and a reminder goes out once before the end.
ALTER TABLE escrow ADD COLUMN inspection_days INT NOT NULL DEFAULT 3 CHECK (inspection_days BETWEEN 1 AND 30);
ALTER TABLE escrow ADD COLUMN delivered_at TIMESTAMPTZ;
ALTER TABLE escrow ADD COLUMN inspection_ends_at TIMESTAMPTZ;
ALTER TABLE escrow ADD COLUMN inspection_reminder_sent_at TIMESTAMPTZ;
-- When the money was released because the period ended untouched: the parties' page says so, not "both confirmed".
ALTER TABLE escrow ADD COLUMN auto_released_at TIMESTAMPTZ;
-- An inspection period has an end exactly when a delivery started it; a reminder only follows a delivery.
ALTER TABLE escrow ADD CONSTRAINT escrow_inspection_after_delivery
    CHECK ((delivered_at IS NULL) = (inspection_ends_at IS NULL)
           AND (inspection_reminder_sent_at IS NULL OR delivered_at IS NOT NULL)
           AND (auto_released_at IS NULL OR delivered_at IS NOT NULL));
-- The inspection sweep's due rows: held escrows whose period ends (or whose reminder is due) by now.
CREATE INDEX escrow_inspection_end ON escrow (inspection_ends_at) WHERE status = 'HELD';
