/**
 * TrustPay's shared library: {@code messaging} (envelope codec, topic names, Kafka defaults with retries and
 * dead letters), {@code outbox} (transactional outbox and its relay) and {@code inbox} (idempotent-consumer guard).
 * RFC 7807 problems and the JWT defaults are in the {@code platform-web} module.
 */
package com.trustpay.platform;
