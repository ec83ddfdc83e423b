-- A payout the bank reversed after success is answered by at most one new payout series, started only by an
-- admin's decision in escrow-service (ReleaseFunds.reversedPayoutReference names the reversed payout). A refused
-- series answers nothing, so it does not count.
ALTER TABLE payout_series ADD COLUMN reversed_payout_reference TEXT;
CREATE UNIQUE INDEX payout_series_one_answer_per_reversal
    ON payout_series (reversed_payout_reference)
    WHERE reversed_payout_reference IS NOT NULL AND status <> 'REFUSED';
