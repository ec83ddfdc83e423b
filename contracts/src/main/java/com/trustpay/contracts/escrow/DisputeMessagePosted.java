package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone added a message to the thread of a disputed escrow. The text stays in escrow-service, which shows it to
 * the parties and admins only: a dispute's evidence is between them, and nothing on the wire needs it, since a
 * notification says who wrote and links to the thread. The dispute's reason, its first message, travels as
 * {@link Disputed} and causes no second event.
 *
 * <p>Emitted by escrow-service in the same transaction as the message is stored. Topic {@code escrow.events},
 * key: escrow id.
 *
 * @param authorRole {@code PAYER}, {@code PAYEE} or {@code ADMIN}: whom to tell (the others)
 * @param authorUserId the author; an admin's id is for operators, never shown to the parties
 */
public record DisputeMessagePosted(
        UUID escrowId, UUID messageId, UUID authorUserId, String authorRole, Instant postedAt) implements Message {}
