/**
 * TrustPay's shared library: {@code messaging} (envelope codec, topic names, Kafka defaults with retries and
 * dead letters), {@code outbox} (transactional outbox and its relay), {@code inbox} (idempotent-consumer guard,
 * named after the service), {@code ops} (admin alerts), {@code scheduling} (periodic jobs and the due-rows claim)
 * and {@code web} (RFC 7807 problems with stable codes).
 */
package com.trustpay.platform;
