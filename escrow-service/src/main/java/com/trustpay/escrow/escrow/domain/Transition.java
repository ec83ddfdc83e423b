package com.trustpay.escrow.escrow.domain;

/**
 * The status change an event records; {@code from == to} for events that change no status (a first
 * confirmation, a payment check), {@code from == null} for the creation.
 */
public record Transition(EscrowStatus from, EscrowStatus to) {

    public boolean changesStatus() {
        return from != to;
    }
}
