-- For BatchInboundIT: what its batch listener applied, and the size of the batch that applied it.
CREATE TABLE batch_applied (id BIGSERIAL PRIMARY KEY, escrow_id UUID NOT NULL, batch_size INT NOT NULL);
