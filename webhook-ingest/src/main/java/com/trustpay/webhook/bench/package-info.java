/**
 * Probes for {@code bench/webhook-ingest}: an endpoint that does nothing and one that inserts a single row through
 * the service's own connection pool, both plain servlets like the webhook endpoint, so the benchmark can compare
 * webhook throughput with the bare limits of the same server stack. Off unless
 * {@code webhook.bench-probes.enabled=true}; never enable in production.
 */
package com.trustpay.webhook.bench;
