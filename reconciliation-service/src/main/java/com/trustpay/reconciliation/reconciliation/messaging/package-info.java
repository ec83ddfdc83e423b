/**
 * The Kafka edge: {@link com.trustpay.reconciliation.reconciliation.messaging.RecordsListener} maps the events of
 * escrow-service and payment-service to changes of the two sides, and {@link
 * com.trustpay.reconciliation.reconciliation.messaging.OutboxReportPublisher} writes each run's report to
 * {@code reconciliation.reports} through the outbox, in pages.
 */
package com.trustpay.reconciliation.reconciliation.messaging;
