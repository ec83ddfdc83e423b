package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;

/**
 * One movement of money out of an escrow as escrow-service reported it: a {@code Released} (one per milestone, or one
 * for the escrow as one, or the released part of a split decision) or a {@code Refunded}.
 *
 * @param reference the payout or refund reference escrow-service names
 * @param milestone the milestone a release paid, {@code null} for the escrow as one (and for every refund)
 */
public record EscrowSettlement(String reference, Integer milestone, long amountPaise, Instant at) {}
