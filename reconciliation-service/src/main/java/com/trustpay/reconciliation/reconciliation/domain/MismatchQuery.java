package com.trustpay.reconciliation.reconciliation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Which kept mismatches to list; {@code null} fields do not filter.
 *
 * @param from selects on when what is concerned happened ({@link Finding#occurredAt()}), inclusive
 * @param to exclusive
 */
public record MismatchQuery(
        MismatchKind kind, MismatchStatus status, UUID escrowId, Instant from, Instant to, int limit) {}
