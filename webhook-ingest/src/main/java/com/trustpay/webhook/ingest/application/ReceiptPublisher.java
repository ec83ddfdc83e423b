package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.Receipt;
import java.util.List;

/** Announces stored receipts, in list order; must write in the caller's transaction (the outbox). */
public interface ReceiptPublisher {

    void published(List<Receipt> receipts);
}
