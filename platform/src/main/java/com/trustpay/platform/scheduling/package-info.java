/**
 * Periodic work shared by every service: {@link com.trustpay.platform.scheduling.PeriodicJob} runs a job on a thread
 * of its own with the application's lifecycle, and {@link com.trustpay.platform.scheduling.DueRows} claims due rows
 * with {@code FOR UPDATE SKIP LOCKED} and a lease, so that several instances share the work safely.
 */
package com.trustpay.platform.scheduling;
