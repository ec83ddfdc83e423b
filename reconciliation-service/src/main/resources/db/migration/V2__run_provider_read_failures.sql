-- The third side (the providers, read through payment-service): what could not be read in a run, one line per
-- failed read. NULL when everything was read (or the third side is not configured); a run with failures is
-- incomplete and its counts say so (providerSideIncomplete = 1).
ALTER TABLE reconciliation_run ADD COLUMN provider_read_failures TEXT;
