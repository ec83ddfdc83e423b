package com.trustpay.notification.notification.application;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.notification.directory.application.Directory;
import com.trustpay.notification.directory.domain.EscrowFacts;
import com.trustpay.notification.mail.application.MailQueue;
import com.trustpay.notification.mail.domain.MailRequest;
import com.trustpay.notification.notification.application.WhoLearnsWhat.Needs;
import com.trustpay.notification.notification.domain.Channel;
import com.trustpay.notification.notification.domain.Draft;
import com.trustpay.notification.notification.persistence.NotificationRepository;
import com.trustpay.notification.notification.persistence.ParkedEvents;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.Incoming;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles one event, once: records it as processed, merges the facts it carries into the directory, and writes the
 * notifications it causes (in-app, and e-mail through the queue) in the same transaction. An event whose escrow is
 * not known well enough yet (its EscrowCreated or PartnerJoined is still behind on {@code escrow.events} while a
 * {@code payment.events} message ran ahead) is parked and handled when the missing facts arrive, so the order in
 * which the topics are read changes nothing.
 */
public class Notify {

    private final ProcessedMessages processed;
    private final Directory directory;
    private final WhoLearnsWhat table;
    private final NotificationRepository notifications;
    private final ParkedEvents parked;
    private final MailQueue mail;
    private final EnvelopeCodec codec;
    private final TransactionTemplate tx;

    public Notify(
            ProcessedMessages processed,
            Directory directory,
            WhoLearnsWhat table,
            NotificationRepository notifications,
            ParkedEvents parked,
            MailQueue mail,
            EnvelopeCodec codec,
            TransactionTemplate tx) {
        this.processed = processed;
        this.directory = directory;
        this.table = table;
        this.notifications = notifications;
        this.parked = parked;
        this.mail = mail;
        this.codec = codec;
        this.tx = tx;
    }

    /** Handles one event in a transaction of its own. */
    public void handle(Incoming incoming) {
        inTransaction(List.of(incoming), () -> handleInTransaction(incoming));
    }

    /**
     * Runs {@code work} (the handling of {@code messages}, in order) in one transaction that first takes the lock of
     * every escrow the messages name, in one order (ascending lock key) whatever the order of the messages, so two
     * listener threads with overlapping batches wait for each other instead of deadlocking.
     */
    public void inTransaction(List<Incoming> messages, Runnable work) {
        tx.executeWithoutResult(status -> {
            messages.stream()
                    .map(m -> m.payload().escrowId())
                    .filter(Objects::nonNull)
                    .map(ParkedEvents::lockKey)
                    .distinct()
                    .sorted()
                    .forEach(parked::lock);
            work.run();
        });
    }

    /**
     * Handles one event inside the caller's transaction ({@link #inTransaction}), once: records it as processed,
     * learns its facts, writes or parks its notifications, and replays what its facts make ready.
     */
    public void handleInTransaction(Incoming incoming) {
        Envelope envelope = incoming.envelope();
        Message message = incoming.payload();
        if (!processed.firstDelivery(envelope.eventId())) {
            return;
        }
        boolean newFacts = learn(message);
        notifyOrPark(envelope, message);
        if (newFacts) {
            replayParked(message.escrowId());
        }
    }

    /** Merges what {@code message} says about its escrow; whether parked events may now be ready. */
    private boolean learn(Message message) {
        switch (message) {
            case EscrowCreated m -> {
                directory.escrowCreated(
                        m.escrowId(), m.title(), m.name(), m.amountPaise(), m.creatorUserId(), m.creatorRole());
                return true;
            }
            case PartnerJoined m -> {
                directory.partiesJoined(m.escrowId(), m.payerUserId(), m.payeeUserId());
                return true;
            }
            case PayoutInitiated m -> directory.payeeVpa(m.escrowId(), m.payeeVpa());
            case Disputed m -> directory.disputed(m.escrowId(), true);
            // the decision is told by its own event: the release or refund that follows is told as any other
            case DisputeResolved m -> directory.disputed(m.escrowId(), false);
            default -> {
                // nothing to remember
            }
        }
        return false;
    }

    private void notifyOrPark(Envelope envelope, Message message) {
        Needs needs = table.needs(message);
        if (needs == Needs.IGNORED) {
            return;
        }
        EscrowFacts facts =
                message.escrowId() == null ? EscrowFacts.unknown(null) : directory.escrow(message.escrowId());
        if (!ready(needs, facts)) {
            parked.park(envelope.eventId(), message.escrowId(), codec.encode(envelope));
            return;
        }
        Instant occurredAt = envelope.occurredAt().toInstant();
        for (Draft draft : table.of(message, facts)) {
            store(envelope.eventId(), draft, occurredAt);
        }
        if ((message instanceof ReleaseStarted || message instanceof RefundStarted) && facts.disputed()) {
            directory.disputed(message.escrowId(), false);
        }
    }

    private static boolean ready(Needs needs, EscrowFacts facts) {
        return switch (needs) {
            case IGNORED, NOTHING -> true;
            case DESCRIPTION -> facts.isDescribed();
            case PARTIES -> facts.isDescribed() && facts.hasBothParties();
        };
    }

    private void store(UUID eventId, Draft draft, Instant occurredAt) {
        notifications.insertOnce(eventId, draft, Channel.IN_APP, occurredAt);
        if (draft.email()) {
            notifications
                    .insertOnce(eventId, draft, Channel.EMAIL, occurredAt)
                    .ifPresent(id -> mail.enqueue(new MailRequest(
                            id,
                            draft.recipient().userId(),
                            draft.category().critical(),
                            draft.title(),
                            draft.body(),
                            draft.actionLabel(),
                            draft.link())));
        }
    }

    private void replayParked(UUID escrowId) {
        for (ParkedEvents.Parked waiting : parked.of(escrowId)) {
            Incoming incoming = codec.decode(waiting.envelope());
            Message message = incoming.payload();
            if (ready(table.needs(message), directory.escrow(escrowId))) {
                parked.release(waiting.eventId());
                notifyOrPark(incoming.envelope(), message);
            }
        }
    }

    /** How many events wait for facts about {@code escrowId}; for operators and tests. */
    public int parkedFor(UUID escrowId) {
        return tx.execute(status -> parked.of(escrowId).size());
    }
}
