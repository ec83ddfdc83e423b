/**
 * TrustPay's shared library: {@code messaging} (envelope codec, topic names, Kafka defaults: transient failures
 * retried without limit, others retried a little and dead-lettered), {@code deadletter} (the service's dead letters:
 * table, alert, gauge and the replay command), {@code outbox} (transactional outbox and its relay), {@code inbox} (idempotent-consumer guard,
 * named after the service), {@code ops} (admin alerts) and {@code scheduling} (periodic jobs and the due-rows claim).
 * RFC 7807 problems and the JWT defaults are in the {@code platform-web} module.
 */
package com.trustpay.platform;
