/**
 * Outgoing webhooks: an in-memory outbox of deliveries, signed as each provider signs them, sent asynchronously
 * with retries on the provider's schedule (scaled by the speed factor), a delivery log and a redeliver action.
 */
package com.trustpay.sandbox.webhooks;
