/**
 * Payouts to the payee on ReleaseFunds: one series per (escrow, milestone, round) of up to N attempts (milestone null:
 * the escrow as one), each with its own idempotency key stored before the call and re-sent unchanged until that
 * payout is terminal; failed attempts are
 * retried after an exponential backoff; the last failure is final (PayoutFailed plus a CRITICAL alert). At most one
 * payout per (escrow, milestone) can ever be SUCCEEDED (a partial unique index), and each attempt reserves its amount
 * in the ledger (ADR 0008), so payouts plus refunds never exceed what was collected. The exact request body is stored with
 * the key; a re-send answered 4xx leaves the outcome unknown until a read by reference settles it; a payout the
 * provider processed after we recorded it FAILED, or a second one, is an INCIDENT that freezes the escrow's money.
 */
package com.trustpay.payment.payout;
