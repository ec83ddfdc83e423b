-- A refund whose create outcome cannot be confirmed at Setu stays CREATING and is polled; ops are told once.
ALTER TABLE refund ADD COLUMN unconfirmed_alerted_at TIMESTAMPTZ;
