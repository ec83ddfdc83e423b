package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PartyRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything an {@link Escrow} holds, for storing it and loading it back.
 *
 * @param refundRound the number of the latest RefundPayment (0 before the first): one more per refund started or
 *     retried
 * @param decision the latest admin decision of a dispute or failed release, or null while there is none
 * @param inspection the payer's inspection period after the payee marked the deal delivered (ADR 0018)
 * @param milestones the parts released one by one (ADR 0021), in order; empty for an escrow released as one
 */
public record EscrowSnapshot(
        UUID id,
        String code,
        Instant codeExpiresAt,
        boolean codeActive,
        String name,
        EscrowTerms terms,
        PartyRole creatorRole,
        Party payer,
        Party payee,
        EscrowStatus status,
        Payment payment,
        boolean payerConfirmed,
        boolean payeeConfirmed,
        Payout payout,
        int refundRound,
        String refundReference,
        Instant refundCompletedAt,
        String lastError,
        Instant lastErrorAt,
        Instant createdAt,
        long version,
        Decision decision,
        Inspection inspection,
        List<Milestone> milestones) {

    public EscrowSnapshot {
        inspection = inspection == null ? Inspection.none() : inspection;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** This snapshot with {@code loaded} milestones (stored in their own table). */
    public EscrowSnapshot withMilestones(List<Milestone> loaded) {
        return new EscrowSnapshot(
                id,
                code,
                codeExpiresAt,
                codeActive,
                name,
                terms,
                creatorRole,
                payer,
                payee,
                status,
                payment,
                payerConfirmed,
                payeeConfirmed,
                payout,
                refundRound,
                refundReference,
                refundCompletedAt,
                lastError,
                lastErrorAt,
                createdAt,
                version,
                decision,
                inspection,
                loaded);
    }
}
