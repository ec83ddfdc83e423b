-- The bank's UTR of the completed payout (PayoutSucceeded.utr), printed on the payee's receipt. Null for payouts
-- completed before this column, while a payout is not complete, and when the provider reported none.
ALTER TABLE escrow ADD COLUMN payout_utr TEXT;
