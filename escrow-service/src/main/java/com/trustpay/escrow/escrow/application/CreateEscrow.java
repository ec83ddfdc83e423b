package com.trustpay.escrow.escrow.application;

import com.trustpay.contracts.PartyRole;
import com.trustpay.escrow.escrow.domain.EscrowTerms;

/**
 * A validated request to create an escrow.
 *
 * @param vpa the creator's VPA, already normalised
 * @param idempotencyKey the client's {@code Idempotency-Key}, or {@code null}
 * @param requestHash a hash of the request body, to tell a replay from a reused key
 */
public record CreateEscrow(EscrowTerms terms, PartyRole role, String vpa, String idempotencyKey, String requestHash) {}
