package com.trustpay.notification.directory.domain;

import com.trustpay.contracts.PartyRole;
import java.util.Optional;
import java.util.UUID;

/**
 * What is known of one escrow so far. Every field may still be missing: the events that carry them come from
 * several topics, in no guaranteed order between topics.
 */
public record EscrowFacts(
        UUID escrowId,
        String title,
        String friendlyName,
        Long amountPaise,
        UUID creatorUserId,
        PartyRole creatorRole,
        UUID payerUserId,
        UUID payeeUserId,
        String payeeVpa,
        boolean disputed) {

    /** Nothing known yet. */
    public static EscrowFacts unknown(UUID escrowId) {
        return new EscrowFacts(escrowId, null, null, null, null, null, null, null, null, false);
    }

    /** Whether EscrowCreated was seen: who created it, what it is called. */
    public boolean isDescribed() {
        return creatorUserId != null && title != null;
    }

    /** Whether both parties are known (PartnerJoined was seen). */
    public boolean hasBothParties() {
        return payerUserId != null && payeeUserId != null;
    }

    public Optional<UUID> party(PartyRole role) {
        return Optional.ofNullable(role == PartyRole.PAYER ? payerUserId : payeeUserId);
    }

    /** The party that is not {@code role}. */
    public Optional<UUID> otherThan(PartyRole role) {
        return party(role == PartyRole.PAYER ? PartyRole.PAYEE : PartyRole.PAYER);
    }

    /** The party that is not the creator: the one who joined with the code. */
    public Optional<UUID> partner() {
        return creatorRole == null ? Optional.empty() : otherThan(creatorRole);
    }

    /** The title in quotes for a text, or a neutral word while it is unknown. */
    public String quotedTitle() {
        return title == null ? "your escrow" : "\u201C" + title + "\u201D";
    }
}
