package com.trustpay.reconciliation.reconciliation;

import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.InboundMessages;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.scheduling.PeriodicJob;
import com.trustpay.reconciliation.reconciliation.application.MismatchDesk;
import com.trustpay.reconciliation.reconciliation.application.Projections;
import com.trustpay.reconciliation.reconciliation.application.ProviderReads;
import com.trustpay.reconciliation.reconciliation.application.ReconciliationQueries;
import com.trustpay.reconciliation.reconciliation.application.Reconciliations;
import com.trustpay.reconciliation.reconciliation.application.ReportPublisher;
import com.trustpay.reconciliation.reconciliation.application.ScheduledRuns;
import com.trustpay.reconciliation.reconciliation.domain.Matcher;
import com.trustpay.reconciliation.reconciliation.domain.MatchingRules;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView;
import com.trustpay.reconciliation.reconciliation.messaging.OutboxReportPublisher;
import com.trustpay.reconciliation.reconciliation.messaging.RecordsListener;
import com.trustpay.reconciliation.reconciliation.persistence.KnownIdsRepository;
import com.trustpay.reconciliation.reconciliation.persistence.MismatchRepository;
import com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository;
import com.trustpay.reconciliation.reconciliation.persistence.RunRepository;
import com.trustpay.reconciliation.reconciliation.web.PaymentServiceReads;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the projections, the engine, runs and their schedule, mismatches and reports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationProperties.class)
public class ReconciliationConfiguration {

    @Bean
    ProjectionRepository projectionRepository(JdbcTemplate jdbc) {
        return new ProjectionRepository(jdbc);
    }

    @Bean
    MismatchRepository mismatchRepository(JdbcTemplate jdbc, JsonMapper json) {
        return new MismatchRepository(jdbc, json);
    }

    @Bean
    RunRepository runRepository(JdbcTemplate jdbc, JsonMapper json) {
        return new RunRepository(jdbc, json);
    }

    @Bean
    Matcher matcher(ReconciliationProperties props) {
        return new Matcher(new MatchingRules(props.stuckPaymentAfter(), props.stuckPayoutAfter(), props.settleLag()));
    }

    @Bean
    Projections projections(ProjectionRepository repository, ProcessedMessages processed, TransactionTemplate tx) {
        return new Projections(repository, processed, tx);
    }

    @Bean
    RecordsListener recordsListener(InboundMessages inbound, Projections projections) {
        return new RecordsListener(inbound, projections);
    }

    @Bean
    ReportPublisher reportPublisher(Outbox outbox, ReconciliationProperties props) {
        return new OutboxReportPublisher(outbox, props.reportPageSize());
    }

    @Bean
    Reconciliations reconciliations(
            ProjectionRepository projections,
            MismatchRepository mismatches,
            RunRepository runs,
            ReportPublisher reports,
            OpsAlerts alerts,
            Matcher matcher,
            TransactionTemplate tx,
            Clock clock,
            ProviderReads providerReads,
            KnownIdsRepository known) {
        return new Reconciliations(
                projections, mismatches, runs, reports, alerts, matcher, tx, clock, providerReads, known);
    }

    @Bean
    KnownIdsRepository knownIdsRepository(JdbcTemplate jdbc) {
        return new KnownIdsRepository(jdbc);
    }

    /**
     * The third side through payment-service's internal API. No URL configured means a two-way run (counts
     * {@code providerSideRead = 0}); outside the sandbox profile the service refuses to start without the URL and
     * the internal token (readiness rules in application.yml).
     */
    @Bean
    ProviderReads providerReads(ReconciliationProperties props, JsonMapper json) {
        ReconciliationProperties.PaymentService ps = props.paymentService();
        if (ps == null || ps.url() == null || ps.url().isBlank()) {
            return (from, to) -> ProviderView.NOT_CONFIGURED;
        }
        return new PaymentServiceReads(ps.url(), ps.internalToken(), ps.timeout(), json);
    }

    @Bean
    ScheduledRuns scheduledRuns(
            Reconciliations reconciliations, RunRepository runs, Clock clock, ReconciliationProperties props) {
        return new ScheduledRuns(reconciliations, runs, clock, props.rollingEvery());
    }

    @Bean
    MismatchDesk mismatchDesk(MismatchRepository mismatches, TransactionTemplate tx, Clock clock) {
        return new MismatchDesk(mismatches, tx, clock);
    }

    @Bean
    ReconciliationQueries reconciliationQueries(MismatchRepository mismatches, RunRepository runs) {
        return new ReconciliationQueries(mismatches, runs);
    }

    @Bean
    @ConditionalOnProperty(name = "trustpay.reconciliation.scheduled", havingValue = "true", matchIfMissing = true)
    PeriodicJob rollingReconciliation(ScheduledRuns scheduled, ReconciliationProperties props) {
        // Checked every minute: the window's key makes it run once, soon after the window ends.
        Duration check = props.rollingEvery().compareTo(Duration.ofMinutes(1)) < 0
                ? props.rollingEvery()
                : Duration.ofMinutes(1);
        return new PeriodicJob("reconciliation-rolling", check, check, scheduled::rolling);
    }

    @Bean
    @ConditionalOnProperty(name = "trustpay.reconciliation.scheduled", havingValue = "true", matchIfMissing = true)
    PeriodicJob dailyReconciliation(ScheduledRuns scheduled, ReconciliationProperties props) {
        return new PeriodicJob(
                "reconciliation-daily", Duration.ofMinutes(1), props.dailyCheckEvery(), scheduled::daily);
    }
}
