package com.trustpay.webhook.ingest;

import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.scheduling.PeriodicJob;
import com.trustpay.platform.web.servlet.ServletProblems;
import com.trustpay.webhook.ingest.application.RawBodyRetention;
import com.trustpay.webhook.ingest.application.ReceiptPublisher;
import com.trustpay.webhook.ingest.application.ReceiptStore;
import com.trustpay.webhook.ingest.application.ReceiptWriter;
import com.trustpay.webhook.ingest.application.RejectionAlarm;
import com.trustpay.webhook.ingest.application.WebhookIngestion;
import com.trustpay.webhook.ingest.application.WebhookMetrics;
import com.trustpay.webhook.ingest.domain.RazorpayXVerifier;
import com.trustpay.webhook.ingest.domain.SetuVerifier;
import com.trustpay.webhook.ingest.domain.WebhookSecrets;
import com.trustpay.webhook.ingest.domain.WebhookVerifier;
import com.trustpay.webhook.ingest.messaging.OutboxReceiptPublisher;
import com.trustpay.webhook.ingest.persistence.JdbcReceiptStore;
import com.trustpay.webhook.ingest.web.WebhookApiDocs;
import com.trustpay.webhook.ingest.web.WebhookServlet;
import com.trustpay.webhook.shared.web.WebhookPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the receipt path: one verifier per provider (Setu and RazorpayX always, the {@link OptionalProviders} when
 * configured), the JDBC store, the outbox publisher and the alarm.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, RawBodyRetentionProperties.class})
public class IngestConfiguration {

    @Bean
    SetuVerifier setuVerifier(IngestProperties properties) {
        return new SetuVerifier(secrets(properties, SetuVerifier.PROVIDER));
    }

    @Bean
    RazorpayXVerifier razorpayXVerifier(IngestProperties properties) {
        return new RazorpayXVerifier(secrets(properties, RazorpayXVerifier.PROVIDER));
    }

    /** Razorpay, PhonePe, PayU and Standard Webhooks providers, each only when configured (ADR 0016). */
    @Bean
    OptionalProviders optionalProviders(IngestProperties properties) {
        return OptionalProviders.from(properties);
    }

    @Bean
    WebhookMetrics webhookMetrics(MeterRegistry registry) {
        return new WebhookMetrics(registry);
    }

    @Bean
    ReceiptStore receiptStore(JdbcTemplate jdbc, JsonMapper json, FieldCipher cipher) {
        return new JdbcReceiptStore(jdbc, json, cipher);
    }

    @Bean
    RawBodyRetention rawBodyRetention(
            ReceiptStore store,
            PlatformTransactionManager transactions,
            Clock clock,
            RawBodyRetentionProperties properties) {
        return new RawBodyRetention(
                store, new TransactionTemplate(transactions), clock, properties.rawBodyRetention(), 500);
    }

    /** The retention purge, on every instance: batches are locked with SKIP LOCKED, so instances share them. */
    @Bean
    PeriodicJob rawBodyPurgeJob(RawBodyRetention retention, RawBodyRetentionProperties properties) {
        return new PeriodicJob("raw-body-purge", properties.rawBodyPurgeEvery(), retention::purgeExpired);
    }

    @Bean
    ReceiptPublisher receiptPublisher(Outbox outbox) {
        return new OutboxReceiptPublisher(outbox);
    }

    /** Security alerts, throttled per provider and kind every {@code trustpay.ops.alerts.throttle-window}. */
    @Bean
    RejectionAlarm rejectionAlarm(OpsAlerts alerts) {
        return new RejectionAlarm(alerts);
    }

    @Bean
    ReceiptWriter receiptWriter(
            ReceiptStore store,
            ReceiptPublisher publisher,
            PlatformTransactionManager transactions,
            IngestProperties properties,
            WebhookMetrics metrics) {
        IngestProperties.Writer writer = properties.writer();
        return new ReceiptWriter(
                store,
                publisher,
                new TransactionTemplate(transactions),
                writer.threads(),
                writer.maxBatch(),
                writer.maxWait(),
                metrics::batchCommitted);
    }

    @Bean
    WebhookIngestion webhookIngestion(
            List<WebhookVerifier> verifiers,
            OptionalProviders optional,
            ReceiptStore store,
            ReceiptWriter writer,
            RejectionAlarm alarm,
            WebhookMetrics metrics,
            PlatformTransactionManager transactions,
            IngestProperties properties) {
        return new WebhookIngestion(
                Stream.concat(verifiers.stream(), optional.verifiers().stream()).toList(),
                optional.disabled(),
                store,
                writer,
                alarm,
                metrics,
                new TransactionTemplate(transactions),
                properties.staleAfter());
    }

    /** The servlet's endpoint in the OpenAPI document (springdoc sees only Spring MVC). */
    @Bean
    WebhookApiDocs webhookApiDocs() {
        return new WebhookApiDocs();
    }

    /** {@code POST /webhooks/{provider}}, served by its own servlet rather than Spring MVC (see the servlet). */
    @Bean
    ServletRegistrationBean<WebhookServlet> webhookServlet(
            WebhookIngestion ingestion,
            WebhookMetrics metrics,
            Clock clock,
            IngestProperties properties,
            ServletProblems problems) {
        ServletRegistrationBean<WebhookServlet> registration = new ServletRegistrationBean<>(
                new WebhookServlet(ingestion, metrics, clock, properties, problems), WebhookPath.PATTERN);
        registration.setName("webhooks");
        registration.setLoadOnStartup(1);
        return registration;
    }

    private static WebhookSecrets secrets(IngestProperties properties, String provider) {
        IngestProperties.Secrets secrets = properties.secretsOf(provider);
        return WebhookSecrets.of(secrets.current(), secrets.previous());
    }
}
