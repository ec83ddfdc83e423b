/**
 * Fault injection: added latency, a fraction of 5xx answers and of timeouts per endpoint, and dropped, duplicated,
 * reordered or blacked-out webhooks. Set at start-up ({@code sandbox.faults.*}) or at run time through
 * {@code GET/PUT /sandbox/faults}.
 */
package com.trustpay.sandbox.faults;
