package com.trustpay.notification.directory.application;

import com.trustpay.platform.inbox.ProcessedMessages;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies {@code identity.events}: each event once (a redelivered registration never undoes a later contact change),
 * in one transaction with its processed-message record.
 */
public class IdentityProjection {

    private final Directory directory;
    private final ProcessedMessages processed;
    private final TransactionTemplate tx;

    public IdentityProjection(Directory directory, ProcessedMessages processed, TransactionTemplate tx) {
        this.directory = directory;
        this.processed = processed;
        this.tx = tx;
    }

    public void personIs(UUID eventId, UUID userId, String displayName, String email) {
        tx.executeWithoutResult(status -> {
            if (processed.firstDelivery(eventId)) {
                directory.personIs(userId, displayName, email);
            }
        });
    }
}
