/**
 * The matching engine, plain Java: {@link com.trustpay.reconciliation.reconciliation.domain.Matcher} turns one
 * escrow's two sides ({@link com.trustpay.reconciliation.reconciliation.domain.EscrowSide},
 * {@link com.trustpay.reconciliation.reconciliation.domain.PaymentSide}) into
 * {@link com.trustpay.reconciliation.reconciliation.domain.Finding}s, and a mismatch's life (open, acknowledged,
 * resolved, reopened) is {@link com.trustpay.reconciliation.reconciliation.domain.MismatchStatus}.
 */
package com.trustpay.reconciliation.reconciliation.domain;
