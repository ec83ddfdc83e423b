-- A payout still open long after it was created is reported once (PAYOUT_STUCK).
ALTER TABLE payout ADD COLUMN stuck_alerted_at TIMESTAMPTZ;
