/**
 * Payouts to the payee on ReleaseFunds: one series per (escrow, round) of up to N attempts, each with its own
 * idempotency key stored before the call and re-sent unchanged until that payout is terminal; failed attempts are
 * retried after an exponential backoff; the last failure is final (PayoutFailed plus a CRITICAL alert). At most one
 * payout per escrow can ever be SUCCEEDED (a partial unique index).
 */
package com.trustpay.payment.payout;
