/**
 * reconciliation-service: keeps its own projections of {@code escrow.events} (what escrow-service believes) and of
 * {@code payment.events} / {@code payout.events} (what payment-service recorded, with every provider id), compares
 * them in runs, keeps the mismatches found (first and last seen, acknowledged, resolved) and publishes one
 * {@code ReconciliationReport} per run on {@code reconciliation.reports}.
 */
package com.trustpay.reconciliation;
