-- ADR 0013: whoever works a refund row (a poll, a webhook hint, the first create) holds it with a token until
-- leased_until, renewed before each provider call only while the token still matches, so a webhook and a poll never
-- both call Setu for one refund (a second create would be a second refund: Setu's referenceId is no idempotency key).
ALTER TABLE refund ADD COLUMN leased_until TIMESTAMPTZ;
ALTER TABLE refund ADD COLUMN lease_token UUID;
