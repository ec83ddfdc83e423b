package com.trustpay.contracts.escrow;

import com.trustpay.contracts.Message;
import java.util.UUID;

/**
 * Every payout attempt of the round failed (status RELEASE_FAILED); an admin can retry the release.
 *
 * <p>Emitted by escrow-service in the same transaction as the state change. Topic {@code escrow.events},
 * key: escrow id.
 */
public record ReleaseFailed(UUID escrowId, int round, String reason) implements Message {}
