/**
 * Reconciliation: projections of what escrow-service believes and what payment-service recorded, the matching
 * engine that compares them, runs (on demand, rolling every 15 minutes, daily for the previous IST day), the
 * mismatches they find and the reports they publish.
 */
package com.trustpay.reconciliation.reconciliation;
