/**
 * Setu collect requests (PROVIDERS.md 1.5, 7.2): {@code active -> paid | closed}. The customer VPA decides what the
 * simulated payer does; expiry after {@code expireAfter} virtual minutes closes the request.
 */
package com.trustpay.sandbox.setu.collect;
