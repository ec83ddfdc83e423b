-- The escrow lists are keyset pages ordered by (created_at, id) newest first (GET /api/escrows, /api/admin/escrows).
-- A party's list reads the payer and the payee index (one BitmapOr or a merge of both); the admins' lists read by
-- status, or all escrows by creation. The id breaks ties between escrows created in the same microsecond.
DROP INDEX escrow_payer;
DROP INDEX escrow_payee;
CREATE INDEX escrow_payer ON escrow (payer_user_id, created_at DESC, id DESC);
CREATE INDEX escrow_payee ON escrow (payee_user_id, created_at DESC, id DESC);
CREATE INDEX escrow_status_created ON escrow (status, created_at DESC, id DESC);
CREATE INDEX escrow_created ON escrow (created_at DESC, id DESC);
