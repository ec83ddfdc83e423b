/**
 * Business meters (deploy/README, "Metrics the alerts read"): payments and payouts by provider and outcome, and the
 * age of the oldest pending payment. Attempts and payouts call {@link
 * com.trustpay.payment.metrics.application.PaymentMeters} where they publish their outcome.
 */
package com.trustpay.payment.metrics;
