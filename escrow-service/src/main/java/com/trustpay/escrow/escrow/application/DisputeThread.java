package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.DisputeMessage;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.persistence.DisputeMessages;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The thread of a dispute: read by the parties and admins (anyone else gets 404, as for the escrow), and written
 * while the escrow is DISPUTED. Posting goes through the aggregate and {@link EscrowStore} like every other action,
 * so the escrow's version moves with each message: a message and a concurrent decision cannot both pass the
 * status check.
 */
public class DisputeThread {

    /** An escrow and its thread, oldest message first. */
    public record View(Escrow escrow, List<DisputeMessage> messages) {}

    /** A stored message and the escrow it belongs to. */
    public record Posted(Escrow escrow, DisputeMessage message) {}

    private final EscrowRepository escrows;
    private final DisputeMessages messages;
    private final EscrowStore store;
    private final ConflictRetry retry;
    private final Clock clock;

    public DisputeThread(
            EscrowRepository escrows, DisputeMessages messages, EscrowStore store, ConflictRetry retry, Clock clock) {
        this.escrows = escrows;
        this.messages = messages;
        this.store = store;
        this.retry = retry;
        this.clock = clock;
    }

    public View read(Actor actor, UUID escrowId) {
        Escrow escrow = visible(actor, escrowId);
        return new View(escrow, messages.of(escrow.id()));
    }

    /**
     * Adds a message. With an {@code Idempotency-Key}, a retry of the same text on the same escrow returns the message
     * stored the first time (even after the dispute was decided); the key used for anything else is
     * {@code IDEMPOTENCY_KEY_REUSED} (409).
     */
    public Posted post(Actor actor, UUID escrowId, String text, String idempotencyKey) {
        return retry.run(() -> {
            Escrow escrow = visible(actor, escrowId);
            String hash = hash(escrowId, text);
            Optional<Posted> earlier = replay(actor, escrow, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            List<EscrowEvent> events = escrow.postDisputeMessage(actor, text, UUID.randomUUID(), clock.instant());
            store.update(escrow, events, actor.userId());
            DisputeMessage message = ((EscrowEvent.DisputeMessagePosted) events.getFirst()).message();
            if (idempotencyKey != null) {
                messages.recordKey(actor.userId(), idempotencyKey, hash, message.id());
            }
            return new Posted(escrow, message);
        });
    }

    private Optional<Posted> replay(Actor actor, Escrow escrow, String key, String hash) {
        if (key == null) {
            return Optional.empty();
        }
        return messages.findKey(actor.userId(), key).map(use -> {
            if (!use.requestHash().equals(hash)) {
                throw ProblemException.conflict(
                        "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request");
            }
            return new Posted(escrow, messages.find(use.messageId()).orElseThrow());
        });
    }

    private Escrow visible(Actor actor, UUID escrowId) {
        return escrows.find(escrowId)
                .filter(found -> found.isVisibleTo(actor))
                .orElseThrow(() -> EscrowQueries.unknownEscrow(escrowId));
    }

    /** The request's meaning: the escrow and the text as it would be stored (stripped). */
    private static String hash(UUID escrowId, String text) {
        String canonical = escrowId + "\u001f" + (text == null ? "" : text.strip());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
