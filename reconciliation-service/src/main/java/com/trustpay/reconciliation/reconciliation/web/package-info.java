/**
 * The admin API under {@code /api/admin/reconciliation}: the report of a date range (JSON, or CSV for
 * {@code Accept: text/csv}), runs (start one, list, read one) and mismatches (filter, acknowledge, resolve).
 */
package com.trustpay.reconciliation.reconciliation.web;
