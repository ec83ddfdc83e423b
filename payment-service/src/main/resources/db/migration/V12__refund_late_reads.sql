-- ADR 0013 "Built later": a refund settled FAILED that Setu holds (it has a Setu refund id) is read back on a slow
-- schedule until late_reads_until, since a bank can still credit it (a late success). next_poll_at carries the next
-- read; NULL once the bound has passed or the row is SUCCEEDED.
ALTER TABLE refund ADD COLUMN late_reads_until TIMESTAMPTZ;
