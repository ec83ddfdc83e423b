package com.trustpay.escrow.escrow.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin's decision of a disputed escrow (or of a release that failed for good), kept so that both parties see
 * what was decided and why, instead of inferring it from the status. The latest decision wins: a release decided
 * for the payee that then fails for good may be decided again.
 *
 * @param note the admin's reason, stripped, at most {@link Escrow#MAX_NOTE} characters; null when none was given
 * @param decidedBy the admin; shown to admins only
 */
public record Decision(Outcome outcome, String note, UUID decidedBy, Instant decidedAt) {

    /** Where the money goes. */
    public enum Outcome {
        RELEASE_TO_PAYEE,
        REFUND_TO_PAYER
    }
}
