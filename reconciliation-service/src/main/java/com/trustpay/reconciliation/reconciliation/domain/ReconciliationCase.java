package com.trustpay.reconciliation.reconciliation.domain;

import java.util.UUID;

/**
 * Both sides of one escrow, as a run compares them.
 *
 * @param escrow {@code null} when escrow-service said nothing about the escrow
 */
public record ReconciliationCase(UUID escrowId, EscrowSide escrow, PaymentSide payments) {}
