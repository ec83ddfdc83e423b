package com.trustpay.reconciliation.reconciliation.application;

import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import java.util.List;

/** Publishes a run's report for ops, in the caller's transaction (the messaging edge writes it to the outbox). */
public interface ReportPublisher {

    /**
     * @return how many messages carried the report (large reports are split so that no message nears 1 MB)
     */
    int publish(Run run, List<Mismatch> mismatches);
}
