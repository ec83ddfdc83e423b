package com.trustpay.escrow.escrow;

import com.trustpay.escrow.escrow.application.CodeExpiry;
import com.trustpay.escrow.escrow.application.ConflictRetry;
import com.trustpay.escrow.escrow.application.DisputeThread;
import com.trustpay.escrow.escrow.application.EscrowCommands;
import com.trustpay.escrow.escrow.application.EscrowEventPublisher;
import com.trustpay.escrow.escrow.application.EscrowOutcomes;
import com.trustpay.escrow.escrow.application.EscrowQueries;
import com.trustpay.escrow.escrow.application.EscrowStore;
import com.trustpay.escrow.escrow.application.InspectionSweep;
import com.trustpay.escrow.escrow.messaging.OutboxEscrowEventPublisher;
import com.trustpay.escrow.escrow.messaging.ProviderOutcomeListener;
import com.trustpay.escrow.escrow.persistence.DisputeMessages;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import com.trustpay.escrow.escrow.persistence.IdempotencyKeys;
import com.trustpay.escrow.escrow.web.ReceiptRenderer;
import com.trustpay.platform.crypto.ColumnReencryption;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.InboundMessages;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.scheduling.PeriodicJob;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the escrow feature: storage, the outbox publisher, use cases, listeners and the code expiry sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscrowProperties.class)
public class EscrowConfiguration {

    @Bean
    EscrowRepository escrowRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        return new EscrowRepository(jdbc, cipher);
    }

    /** Seals VPAs from before encryption at rest and moves VPAs under an old key to the active one (ADR 0020). */
    @Bean
    PeriodicJob vpaReencryptionJob(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            FieldCipher cipher,
            @Value("${trustpay.crypto.reencrypt-first-after:1m}") Duration firstAfter,
            @Value("${trustpay.crypto.reencrypt-every:6h}") Duration every) {
        ColumnReencryption reencryption = new ColumnReencryption(jdbc, tx, cipher, EscrowRepository.SEALED);
        return new PeriodicJob("vpa-reencryption", firstAfter, every, () -> reencryption.runAll(200));
    }

    @Bean
    HistoryRepository historyRepository(JdbcClient jdbc) {
        return new HistoryRepository(jdbc);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc) {
        return new IdempotencyKeys(jdbc);
    }

    @Bean
    EscrowEventPublisher escrowEventPublisher(Outbox outbox, OpsAlerts alerts) {
        return new OutboxEscrowEventPublisher(outbox, alerts);
    }

    @Bean
    DisputeMessages disputeMessages(JdbcClient jdbc) {
        return new DisputeMessages(jdbc);
    }

    @Bean
    EscrowStore escrowStore(
            EscrowRepository escrows,
            HistoryRepository history,
            EscrowEventPublisher publisher,
            DisputeMessages thread,
            Clock clock) {
        return new EscrowStore(escrows, history, publisher, thread, clock);
    }

    @Bean
    DisputeThread disputeThread(
            EscrowRepository escrows, DisputeMessages messages, EscrowStore store, ConflictRetry retry, Clock clock) {
        return new DisputeThread(escrows, messages, store, retry, clock);
    }

    @Bean
    ConflictRetry conflictRetry(PlatformTransactionManager transactions) {
        return new ConflictRetry(new TransactionTemplate(transactions));
    }

    @Bean
    EscrowCommands escrowCommands(
            EscrowRepository escrows,
            IdempotencyKeys keys,
            EscrowStore store,
            ConflictRetry retry,
            EscrowProperties properties,
            Clock clock) {
        return new EscrowCommands(escrows, keys, store, retry, new SecureRandom(), properties, clock);
    }

    @Bean
    EscrowQueries escrowQueries(
            EscrowRepository escrows, HistoryRepository history, EscrowProperties properties, Clock clock) {
        return new EscrowQueries(escrows, history, properties, clock);
    }

    @Bean
    EscrowOutcomes escrowOutcomes(
            EscrowRepository escrows, EscrowStore store, ProcessedMessages processed, ConflictRetry retry) {
        return new EscrowOutcomes(escrows, store, processed, retry);
    }

    @Bean
    ProviderOutcomeListener providerOutcomeListener(InboundMessages inbound, EscrowOutcomes outcomes, Clock clock) {
        return new ProviderOutcomeListener(inbound, outcomes, clock);
    }

    @Bean
    CodeExpiry codeExpiry(
            EscrowRepository escrows, EscrowStore store, PlatformTransactionManager transactions, Clock clock) {
        return new CodeExpiry(escrows, store, new TransactionTemplate(transactions), clock);
    }

    /** The code expiry sweep, every {@code trustpay.escrow.expiry-sweep} on every instance. */
    @Bean
    PeriodicJob codeExpirySweep(CodeExpiry expiry, EscrowProperties properties) {
        return new PeriodicJob("escrow-code-expiry", properties.expirySweep(), expiry::sweep);
    }

    @Bean
    InspectionSweep inspectionSweep(
            EscrowRepository escrows,
            EscrowStore store,
            PlatformTransactionManager transactions,
            Clock clock,
            EscrowProperties properties) {
        return new InspectionSweep(
                escrows, store, new TransactionTemplate(transactions), clock, properties.inspectionReminderLead());
    }

    /** The inspection sweep (ADR 0018), every {@code trustpay.escrow.inspection-sweep} on every instance. */
    @Bean
    PeriodicJob inspectionPeriodSweep(InspectionSweep sweep, EscrowProperties properties) {
        return new PeriodicJob("escrow-inspection", properties.inspectionSweep(), sweep::sweep);
    }

    @Bean
    ReceiptRenderer receiptRenderer(Clock clock) {
        return new ReceiptRenderer(clock);
    }
}
