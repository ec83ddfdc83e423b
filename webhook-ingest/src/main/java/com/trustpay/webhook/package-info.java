/**
 * webhook-ingest: receives provider webhooks ({@code POST /webhooks/{provider}}), verifies their signatures over
 * the raw bytes, stores each accepted receipt once and publishes {@code ProviderWebhookReceived} through the
 * transactional outbox. Features: {@code ingest} (the receipt path) and {@code guard} (who may call, how often,
 * and alerting on forgeries).
 */
package com.trustpay.webhook;
