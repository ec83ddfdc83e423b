-- ADR 0013: a refund create answered with no definitive "no" is UNKNOWN (never FAILED while Setu may have it); it
-- is settled like CREATING. The money rule (refunds_within_collected) counts it, as it counts every refund not FAILED.
ALTER TABLE refund DROP CONSTRAINT refund_status_check;
ALTER TABLE refund ADD CONSTRAINT refund_status_check
    CHECK (status IN ('CREATING', 'UNKNOWN', 'PENDING', 'SUCCEEDED', 'FAILED'));
