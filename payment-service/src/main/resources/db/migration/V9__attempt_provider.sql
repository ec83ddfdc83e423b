-- Routing (issue 17): each attempt is with one collection provider, chosen when it is recorded and never changed,
-- and says why. Attempts recorded before routing existed are Setu's.
ALTER TABLE payment_attempt
    ADD COLUMN provider text NOT NULL DEFAULT 'setu',
    ADD COLUMN route_reason text;

-- A refund is sent to its payment's provider, found by the payment id it gives back.
CREATE INDEX payment_attempt_provider_payment ON payment_attempt (provider_payment_id)
    WHERE provider_payment_id IS NOT NULL;
