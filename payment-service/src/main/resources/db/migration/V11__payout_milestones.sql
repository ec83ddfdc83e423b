-- Milestones (issue 18 item 3, ADR 0021 "Payment side"): an escrow may be paid out one milestone at a time, each with
-- its own ReleaseFunds, so payout series and payouts are keyed by (escrow, milestone, round). milestone 0 stands for
-- the contract's null, "the escrow as one" (every escrow without milestones, and an admin's split decision); a
-- primary key cannot hold a NULL, and 0 keeps every row written before milestones existed where it was.
ALTER TABLE payout_series ADD COLUMN milestone INT NOT NULL DEFAULT 0
    CONSTRAINT payout_series_milestone_range CHECK (milestone BETWEEN 0 AND 10);
ALTER TABLE payout ADD COLUMN milestone INT NOT NULL DEFAULT 0
    CONSTRAINT payout_milestone_range CHECK (milestone BETWEEN 0 AND 10);

ALTER TABLE payout DROP CONSTRAINT payout_escrow_id_round_fkey;
ALTER TABLE payout DROP CONSTRAINT payout_escrow_id_round_attempt_key;
ALTER TABLE payout_series DROP CONSTRAINT payout_series_pkey;
ALTER TABLE payout_series ADD CONSTRAINT payout_series_pkey PRIMARY KEY (escrow_id, milestone, round);
ALTER TABLE payout ADD CONSTRAINT payout_one_attempt_per_number UNIQUE (escrow_id, milestone, round, attempt);
ALTER TABLE payout ADD CONSTRAINT payout_series_fkey
    FOREIGN KEY (escrow_id, milestone, round) REFERENCES payout_series (escrow_id, milestone, round);

-- Money rule: at most one successful payout per (escrow, milestone), whatever the code does (per escrow for the
-- escrow as one, as before). That the payouts and refunds together never exceed what was collected stays the
-- ledger's HELD CHECK (V4 held_account_never_overdrawn / debits_within_credits), which counts every payout.
DROP INDEX payout_one_success_per_escrow;
CREATE UNIQUE INDEX payout_one_success_per_milestone ON payout (escrow_id, milestone) WHERE status = 'SUCCEEDED';
