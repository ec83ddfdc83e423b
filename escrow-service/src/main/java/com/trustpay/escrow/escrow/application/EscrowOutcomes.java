package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.platform.inbox.ProcessedMessages;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what payment-service reports to an escrow, at most once per event id: the processed-message record,
 * the escrow change, its timeline and its outgoing messages commit together.
 */
public class EscrowOutcomes {

    private static final Logger log = LoggerFactory.getLogger(EscrowOutcomes.class);

    private final EscrowRepository escrows;
    private final EscrowStore store;
    private final ProcessedMessages processed;
    private final ConflictRetry retry;

    public EscrowOutcomes(
            EscrowRepository escrows, EscrowStore store, ProcessedMessages processed, ConflictRetry retry) {
        this.escrows = escrows;
        this.store = store;
        this.processed = processed;
        this.retry = retry;
    }

    /**
     * Applies {@code change} to the escrow, unless this event id was applied before.
     *
     * @return whether the event was applied now (false for a redelivery or an unknown escrow)
     */
    public boolean apply(UUID eventId, UUID escrowId, Function<Escrow, List<EscrowEvent>> change) {
        return retry.run(() -> {
            if (!processed.firstDelivery(eventId)) {
                return false;
            }
            Optional<Escrow> found = escrowId == null ? Optional.empty() : escrows.find(escrowId);
            if (found.isEmpty()) {
                log.warn("Event {} names escrow {}, which does not exist here; ignored", eventId, escrowId);
                return false;
            }
            Escrow escrow = found.get();
            store.update(escrow, change.apply(escrow), null);
            return true;
        });
    }
}
