/**
 * Refunds on RefundPayment: full or partial Setu refunds of the escrow's collected payment. The database refuses
 * any refund that would take the non-failed refunds of an escrow above what was collected (a trigger that locks
 * the escrow's ledger row).
 */
package com.trustpay.payment.refund;
