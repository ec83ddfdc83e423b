/**
 * Who may call the webhook endpoints and how often: an in-memory token bucket per source address (429 with
 * {@code Retry-After} when exhausted) and an optional allow-list of addresses or CIDR ranges per provider (403
 * for others). Both act before the body is read.
 */
package com.trustpay.webhook.guard;
