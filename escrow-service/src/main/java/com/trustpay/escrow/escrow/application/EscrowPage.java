package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import java.util.List;

/**
 * One page of an escrow list, newest first.
 *
 * @param items the escrows of this page
 * @param nextCursor where the next (older) page starts, or {@code null} when this is the last page
 */
public record EscrowPage(List<Escrow> items, String nextCursor) {

    public EscrowPage {
        items = List.copyOf(items);
    }
}
