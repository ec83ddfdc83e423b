package com.trustpay.contracts.ops;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * Something an operator must know about: a final payout failure, an amount mismatch, a webhook that matches
 * nothing, a flood of forged webhooks.
 *
 * <p>Emitted by any service. Topic {@code ops.alerts}, key: escrow id, or the kind when no escrow is
 * concerned.
 *
 * @param kind a stable code, e.g. {@code PAYOUT_FAILED}, {@code AMOUNT_MISMATCH}, {@code WEBHOOK_SIGNATURE}
 * @param escrowId the escrow concerned, or {@code null}
 * @param source the service that raised it
 */
public record AdminAlert(
        UUID alertId, Severity severity, String kind, UUID escrowId, String source, String detail, Instant raisedAt)
        implements Message {

    @Override
    public String key() {
        return escrowId == null ? kind : escrowId.toString();
    }
}
