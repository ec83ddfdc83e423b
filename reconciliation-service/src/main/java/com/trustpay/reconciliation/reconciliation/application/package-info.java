/**
 * Use cases and their transactions: keeping the projections ({@link
 * com.trustpay.reconciliation.reconciliation.application.Projections}), running a reconciliation ({@link
 * com.trustpay.reconciliation.reconciliation.application.Reconciliations}) on demand or on schedule ({@link
 * com.trustpay.reconciliation.reconciliation.application.ScheduledRuns}), acknowledging and resolving mismatches
 * ({@link com.trustpay.reconciliation.reconciliation.application.MismatchDesk}) and reading reports ({@link
 * com.trustpay.reconciliation.reconciliation.application.ReconciliationQueries}).
 */
package com.trustpay.reconciliation.reconciliation.application;
