package com.trustpay.reconciliation.reconciliation.messaging;

import com.trustpay.contracts.reconciliation.ReconciliationReport;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.reconciliation.reconciliation.application.ReportPublisher;
import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's {@link ReconciliationReport} to the outbox, keyed by the run's id, in pages of at most
 * {@code pageSize} mismatches. A mismatch on the wire is under 2 KB (its detail is cut at {@link #DETAIL_LIMIT}
 * characters), so the default page of 500 stays far below Kafka's 1 MB default message size.
 */
public class OutboxReportPublisher implements ReportPublisher {

    /** The longest detail text put on the wire. */
    static final int DETAIL_LIMIT = 500;

    private final Outbox outbox;
    private final int pageSize;

    public OutboxReportPublisher(Outbox outbox, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A report page holds at least one mismatch");
        }
        this.outbox = outbox;
        this.pageSize = pageSize;
    }

    @Override
    public int publish(Run run, List<Mismatch> mismatches) {
        List<ReconciliationReport> pages = pages(run, mismatches);
        outbox.publishAll(pages);
        return pages.size();
    }

    List<ReconciliationReport> pages(Run run, List<Mismatch> mismatches) {
        int parts = Math.max(1, (mismatches.size() + pageSize - 1) / pageSize);
        List<ReconciliationReport> pages = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            List<ReconciliationReport.Mismatch> page =
                    mismatches.subList(part * pageSize, Math.min(mismatches.size(), (part + 1) * pageSize)).stream()
                            .map(OutboxReportPublisher::wire)
                            .toList();
            pages.add(new ReconciliationReport(
                    run.id(),
                    run.from(),
                    run.to(),
                    run.finishedAt(),
                    run.counts(),
                    page,
                    run.trigger().name(),
                    part + 1,
                    parts));
        }
        return pages;
    }

    static ReconciliationReport.Mismatch wire(Mismatch m) {
        Finding f = m.finding();
        String detail = f.detail().length() > DETAIL_LIMIT ? f.detail().substring(0, DETAIL_LIMIT) : f.detail();
        return new ReconciliationReport.Mismatch(
                f.kind().name(),
                f.escrowId(),
                f.reference(),
                f.ourAmountPaise() == null ? 0 : f.ourAmountPaise(),
                f.providerAmountPaise(),
                f.ourStatus(),
                f.providerStatus(),
                detail,
                m.id(),
                f.kind().severity().name(),
                f.providerIds(),
                m.firstSeen(),
                m.lastSeen(),
                m.status().name());
    }
}
