package com.trustpay.payment.audit.application;

import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.payment.audit.persistence.AuditRepository;
import com.trustpay.payment.audit.persistence.AuditRepository.Kind;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the payment audit log and raises admin alerts. Entries join the caller's transaction when there is one,
 * so a decision and its audit line commit together; an alert is published through the outbox and so needs one.
 */
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    public static final String SOURCE = "payment-service";

    private final AuditRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void command(UUID escrowId, String subject, String detail) {
        write(escrowId, Kind.COMMAND, subject, detail);
    }

    public void providerCall(UUID escrowId, String subject, String summary) {
        write(escrowId, Kind.PROVIDER_CALL, subject, summary);
    }

    public void webhook(UUID escrowId, String subject, String detail) {
        write(escrowId, Kind.WEBHOOK, subject, detail);
    }

    public void decision(UUID escrowId, String subject, String detail) {
        write(escrowId, Kind.DECISION, subject, detail);
    }

    public void failure(UUID escrowId, String subject, String detail) {
        write(escrowId, Kind.FAILURE, subject, detail);
    }

    /** Publishes an {@link AdminAlert} (in the caller's transaction) and records it. */
    public void alert(Severity severity, String kind, UUID escrowId, String subject, String detail) {
        log.warn("admin alert {} {} escrow={} {}: {}", severity, kind, escrowId, subject, detail);
        outbox.publish(new AdminAlert(UUID.randomUUID(), severity, kind, escrowId, SOURCE, detail, clock.instant()));
        write(escrowId, Kind.ALERT, subject, kind + " (" + severity + "): " + detail);
    }

    private void write(UUID escrowId, Kind kind, String subject, String detail) {
        repository.append(escrowId, clock.instant(), kind, subject, detail);
    }
}
