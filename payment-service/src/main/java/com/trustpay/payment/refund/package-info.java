/**
 * Refunds on RefundPayment: full or partial Setu refunds of the escrow's collected payment. The database refuses
 * any refund that, with the escrow's payouts and other refunds (settled or under way), would take more than was
 * collected: the ledger's HELD account constraint (ADR 0008), plus the older trigger on the refunds alone.
 */
package com.trustpay.payment.refund;
