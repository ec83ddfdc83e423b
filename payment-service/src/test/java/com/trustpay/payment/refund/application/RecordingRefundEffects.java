package com.trustpay.payment.refund.application;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.payment.metrics.application.PaymentMeters.RefundOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@link RefundEffects} that records what was published, audited and alerted. */
final class RecordingRefundEffects implements RefundEffects {

    /** An audit entry: its kind ({@code DECISION}, {@code PROVIDER_CALL}, …, or the alert's kind) and detail. */
    record Entry(String kind, String detail) {}

    /** An alert as it goes to {@code ops.alerts}. */
    record Alert(Severity severity, String kind, String detail) {}

    final Set<UUID> seen = new HashSet<>();
    final List<Message> published = new ArrayList<>();
    final List<Entry> audit = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();

    <T extends Message> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Alert> alerts(String kind) {
        return alerts.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    boolean audited(String kind, String detailStart) {
        return audit.stream().anyMatch(e -> e.kind().equals(kind) && e.detail().startsWith(detailStart));
    }

    @Override
    public boolean firstDelivery(UUID eventId) {
        return seen.add(eventId);
    }

    @Override
    public void publish(Message event) {
        published.add(event);
    }

    @Override
    public void counted(String provider, RefundOutcome outcome) {}

    @Override
    public void command(UUID escrowId, String subject, String detail) {
        audit.add(new Entry("COMMAND", detail));
    }

    @Override
    public void providerCall(UUID escrowId, String subject, String summary) {
        audit.add(new Entry("PROVIDER_CALL", summary));
    }

    @Override
    public void decision(UUID escrowId, String subject, String detail) {
        audit.add(new Entry("DECISION", detail));
    }

    @Override
    public void failure(UUID escrowId, String subject, String detail) {
        audit.add(new Entry("FAILURE", detail));
    }

    @Override
    public void alert(Severity severity, String kind, UUID escrowId, String subject, String detail) {
        alerts.add(new Alert(severity, kind, detail));
    }
}
