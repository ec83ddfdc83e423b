CREATE TABLE applied_payment (id BIGSERIAL PRIMARY KEY, escrow_id UUID NOT NULL, amount_paise BIGINT NOT NULL);
CREATE TABLE key_counter (message_key TEXT PRIMARY KEY, n INT NOT NULL);
CREATE TABLE commit_order (tag INT PRIMARY KEY, message_key TEXT NOT NULL, n INT NOT NULL);
