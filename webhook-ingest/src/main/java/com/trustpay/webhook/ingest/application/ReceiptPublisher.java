package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.Receipt;

/** Announces a stored receipt; must write in the caller's transaction (the outbox). */
public interface ReceiptPublisher {

    void published(Receipt receipt);
}
