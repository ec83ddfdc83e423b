/**
 * What {@code bench/webhook-ingest/run.sh} adds to the service, kept out of its jar: an in-process Kafka as a program
 * of its own ({@link com.trustpay.webhook.bench.StandaloneKafka}) and probes that measure the bare limits of the
 * same server stack ({@link com.trustpay.webhook.bench.BenchProbes}). The script puts the probes' classes on the
 * service jar's loader path and switches them on with {@code webhook.bench-probes.enabled=true}; in this module's
 * tests they stay off.
 */
package com.trustpay.webhook.bench;
