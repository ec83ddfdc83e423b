package com.trustpay.payment.audit.application;

import com.trustpay.contracts.ops.Severity;
import com.trustpay.payment.audit.persistence.AuditRepository;
import com.trustpay.payment.audit.persistence.AuditRepository.Kind;
import com.trustpay.platform.ops.Alert;
import com.trustpay.platform.ops.OpsAlerts;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the payment audit log and raises admin alerts. Entries join the caller's transaction when there is one,
 * so a decision and its audit line commit together; so does an alert, raised through the platform's
 * {@link OpsAlerts} (which throttles repeats of one kind per escrow; every occurrence is still an audit line).
 */
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditRepository repository;
    private final OpsAlerts alerts;
    private final Clock clock;

    public AuditLog(AuditRepository repository, OpsAlerts alerts, Clock clock) {
        this.repository = repository;
        this.alerts = alerts;
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

    /**
     * Raises an admin alert (in the caller's transaction) and records it. Repeats are counted per escrow, or per
     * subject when no escrow is concerned (an unmatched webhook's resource).
     */
    public void alert(Severity severity, String kind, UUID escrowId, String subject, String detail) {
        log.warn("admin alert {} {} escrow={} {}: {}", severity, kind, escrowId, subject, detail);
        Alert alert = Alert.of(severity, kind, escrowId, detail);
        alerts.raise(escrowId == null && subject != null ? alert.withKey(subject) : alert);
        write(escrowId, Kind.ALERT, subject, kind + " (" + severity + "): " + detail);
    }

    private void write(UUID escrowId, Kind kind, String subject, String detail) {
        repository.append(escrowId, clock.instant(), kind, subject, detail);
    }
}
