/** Reconciliation's reads from the providers: our transactions read back, and the providers' own listings. */
package com.trustpay.payment.internal.application;
