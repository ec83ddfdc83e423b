package com.trustpay.escrow.escrow.persistence;

import java.util.Set;
import java.util.UUID;

/**
 * Which escrows a list shows; every non-null part must match.
 *
 * @param partyId only escrows this user is the payer or the payee of (a party's own list); null for any party's
 * @param statuses only escrows in one of these statuses (names of EscrowStatus); empty for any status
 * @param id only the escrow with this id
 * @param code only the escrow with this join code
 */
public record EscrowFilter(UUID partyId, Set<String> statuses, UUID id, String code) {

    public EscrowFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
