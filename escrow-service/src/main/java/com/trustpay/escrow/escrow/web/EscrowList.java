package com.trustpay.escrow.escrow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.trustpay.escrow.escrow.application.EscrowPage;
import com.trustpay.escrow.shared.web.Caller;
import java.util.List;

/**
 * One page of an escrow list as the API shows it: {@code items} newest first, and {@code nextCursor} to pass back as
 * {@code ?cursor=} for the next page ({@code null} on the last page, written out although the service leaves other
 * nulls out, so that a client can tell "no more" from an older server's answer).
 */
record EscrowList(
        List<EscrowResponse> items,
        @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

    static EscrowList of(EscrowPage page, Caller caller) {
        return new EscrowList(
                page.items().stream()
                        .map(escrow -> EscrowResponse.of(escrow, caller))
                        .toList(),
                page.nextCursor());
    }
}
