-- For DueRowsIT: rows due at next_poll_at (the lease is written there too), and rows with a lease column of their own.
CREATE TABLE polled_row (id UUID PRIMARY KEY, grp TEXT NOT NULL, next_poll_at TIMESTAMPTZ, open BOOLEAN NOT NULL DEFAULT true);
CREATE TABLE leased_row (id BIGSERIAL PRIMARY KEY, grp TEXT NOT NULL, due_at TIMESTAMPTZ, leased_until TIMESTAMPTZ);
