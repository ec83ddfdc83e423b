package com.trustpay.escrow.escrow.domain;

import com.trustpay.contracts.PartyRole;
import java.time.Instant;
import java.util.UUID;

/**
 * Everything an {@link Escrow} holds, for storing it and loading it back.
 *
 * @param refundRound the number of the latest RefundPayment (0 before the first): one more per refund started or
 *     retried
 * @param decision the latest admin decision of a dispute or failed release, or null while there is none
 * @param inspection the payer's inspection period after the payee marked the deal delivered (ADR 0018)
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
        Inspection inspection) {

    public EscrowSnapshot {
        inspection = inspection == null ? Inspection.none() : inspection;
    }
}
