-- A history row's facts for the people who read it (ADR 0022): the money it moved, the references a bank or the
-- parties can quote (the payment's RRN, the payout's UTR, the refund's reference), a note meant for them (the payer's
-- decline in plain words, a party's reason, an admin's decision note) and a decision's outcome. detail keeps the
-- internal line, for admins only.
ALTER TABLE escrow_history
    ADD COLUMN amount_paise     BIGINT CHECK (amount_paise >= 0),
    ADD COLUMN payment_rrn      TEXT,
    ADD COLUMN payout_utr       TEXT,
    ADD COLUMN refund_reference TEXT,
    ADD COLUMN note             TEXT,
    ADD COLUMN outcome          TEXT CHECK (outcome IN ('RELEASE_TO_PAYEE', 'REFUND_TO_PAYER', 'SPLIT'));

-- Rows written before: the money of the rows that always moved the escrow's whole amount.
UPDATE escrow_history h
   SET amount_paise = e.amount_paise
  FROM escrow e
 WHERE e.id = h.escrow_id
   AND h.type IN ('Opened', 'PaymentAwaited', 'FundsHeld', 'ReleaseStarted', 'Released', 'AutoReleased');
