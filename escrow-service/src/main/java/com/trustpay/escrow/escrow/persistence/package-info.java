/** Escrow storage in PostgreSQL with plain SQL: escrows (optimistically locked), their timeline, idempotency keys. */
package com.trustpay.escrow.escrow.persistence;
