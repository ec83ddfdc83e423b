-- ADR 0013: whoever works a refund row (a poll, a webhook hint, the first create) holds it with a token until
-- leased_until, renewed before each provider call only while the token still matches, so a webhook and a poll never
-- both call Setu for one refund (a second create would be a second refund: Setu's referenceId is no idempotency key).
ALTER TABLE refund ADD COLUMN leased_until TIMESTAMPTZ;
ALTER TABLE refund ADD COLUMN lease_token UUID;

-- ADR 0013: escrow-service numbers the escrow's refunds (RefundPayment.refundNumber) and payment-service refunds each
-- (escrow, number) once. Excess refunds (RX, ADR 0012) are numbered on their own, so that escrow-service's numbers
-- never meet one payment-service gave out: an escrow may have refund n and excess refund n.
ALTER TABLE refund DROP CONSTRAINT refund_escrow_id_n_key;
ALTER TABLE refund ADD CONSTRAINT refund_escrow_purpose_n_key UNIQUE (escrow_id, purpose, n);
