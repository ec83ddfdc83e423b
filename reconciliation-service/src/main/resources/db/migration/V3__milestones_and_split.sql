-- Milestones and split decisions (issue 18 item 3, ADR 0021 "Payment side"). An escrow may now be paid out one
-- milestone at a time, or part paid out and the rest refunded; the engine compares the SUM of what escrow-service
-- released and refunded with payment-service's payouts and refunds, so every Released and Refunded is kept, once
-- per reference (a redelivered event changes nothing).
ALTER TABLE payout_record ADD COLUMN milestone INT;

CREATE TABLE escrow_settlement (
    escrow_id    UUID        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('RELEASED', 'REFUNDED')),
    reference    TEXT        NOT NULL,
    milestone    INT,
    amount_paise BIGINT      NOT NULL CHECK (amount_paise >= 0),
    at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (escrow_id, kind, reference)
);

-- What escrow_view already knows: before milestones an escrow had at most one release and one refund.
INSERT INTO escrow_settlement (escrow_id, kind, reference, amount_paise, at)
SELECT escrow_id, 'RELEASED', payout_reference, released_paise, COALESCE(released_at, updated_at)
  FROM escrow_view WHERE payout_reference IS NOT NULL AND released_paise IS NOT NULL;
INSERT INTO escrow_settlement (escrow_id, kind, reference, amount_paise, at)
SELECT escrow_id, 'REFUNDED', refund_reference, refunded_paise, COALESCE(refunded_at, updated_at)
  FROM escrow_view WHERE refund_reference IS NOT NULL AND refunded_paise IS NOT NULL;
