package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.Receipt;
import java.util.List;

/** Announces stored receipts, in list order; must write in the caller's transaction (the outbox). */
public interface ReceiptPublisher {

    /**
     * The trace context of the calling thread (the webhook's request), captured when a receipt is handed over, so
     * that its announcement, written later by a writer thread, continues the request's trace; {@code null} for none.
     */
    default String currentTrace() {
        return null;
    }

    /**
     * @param receipts the stored receipts, in order
     * @param traces {@code traces.get(i)} is the {@link #currentTrace()} captured with {@code receipts.get(i)}
     */
    void published(List<Receipt> receipts, List<String> traces);
}
