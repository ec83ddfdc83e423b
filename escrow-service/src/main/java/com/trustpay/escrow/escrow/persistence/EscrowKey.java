package com.trustpay.escrow.escrow.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * An escrow's place in the lists' order (newest first, then by id): a page cursor points just after one. The id
 * breaks ties between escrows created in the same microsecond.
 */
public record EscrowKey(Instant createdAt, UUID id) {}
