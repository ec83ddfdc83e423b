/**
 * The payment audit log (every provider call summary, webhook and decision, keyed by escrow id) and admin alerts
 * ({@code ops.alerts}) for what a person must look at.
 */
package com.trustpay.payment.audit;
