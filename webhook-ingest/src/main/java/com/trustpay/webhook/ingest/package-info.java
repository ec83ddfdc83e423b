/**
 * The receipt path: one {@link com.trustpay.webhook.ingest.domain.WebhookVerifier} per provider checks the
 * signature in constant time over the exact bytes received and pulls out the event id, type, resource id and
 * timestamp; an accepted webhook is stored under a unique (provider, event id) key and published in the same
 * transaction, and the provider gets its 200 only after the commit. A duplicate is acknowledged and dropped; a
 * correctly signed body that cannot be read is quarantined, not published.
 */
package com.trustpay.webhook.ingest;
