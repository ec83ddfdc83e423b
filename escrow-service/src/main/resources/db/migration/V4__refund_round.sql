-- ADR 0013: the number of the escrow's latest RefundPayment, one more on every refund started or retried, published
-- with it; payment-service refunds each (escrow, number) once, so a command published again is no second refund.
ALTER TABLE escrow ADD COLUMN refund_round INT NOT NULL DEFAULT 0 CHECK (refund_round >= 0);
-- Escrows refunded before this: one round per move into REFUNDING so far, as payment-service numbered their refunds
-- (one per RefundPayment it recorded), so the next round follows the refunds it already has.
UPDATE escrow e SET refund_round = (
    SELECT count(*) FROM escrow_history h
     WHERE h.escrow_id = e.id AND h.to_status = 'REFUNDING' AND h.from_status IS DISTINCT FROM 'REFUNDING');
