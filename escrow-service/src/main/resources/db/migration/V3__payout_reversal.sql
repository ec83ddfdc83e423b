-- The payout the bank returned after it had succeeded (PayoutReversed, ADR 0014): the escrow waits in PAYOUT_REVERSED
-- for an admin, whose "pay again" names this reference in its ReleaseFunds.
ALTER TABLE escrow ADD COLUMN reversed_payout_reference TEXT;
