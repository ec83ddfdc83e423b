package com.trustpay.escrow.escrow.application;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.domain.Milestone;
import java.util.List;

/**
 * A validated request to create an escrow.
 *
 * @param vpa the creator's VPA, already normalised
 * @param idempotencyKey the client's {@code Idempotency-Key}, or {@code null}
 * @param requestHash a hash of the request body, to tell a replay from a reused key
 * @param milestones the checked milestones (ADR 0021), or empty for an escrow released as one
 */
public record CreateEscrow(
        EscrowTerms terms,
        PartyRole role,
        String vpa,
        String idempotencyKey,
        String requestHash,
        List<Milestone> milestones) {

    public CreateEscrow {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A request for an escrow released as one. */
    public CreateEscrow(EscrowTerms terms, PartyRole role, String vpa, String idempotencyKey, String requestHash) {
        this(terms, role, vpa, idempotencyKey, requestHash, List.of());
    }
}
