package com.trustpay.contracts.payment;

import com.trustpay.contracts.Message;
import java.time.Instant;
import java.util.UUID;

/**
 * The payment attempt failed for good (declined, rejected by the provider, or the payer's bank said no).
 *
 * <p>Emitted by payment-service at most once per attempt. Topic {@code payment.events}, key: escrow id. The
 * payer may retry with a new attempt.
 *
 * @param reasonCode a stable code: the NPCI error code when there is one (e.g. {@code U30}), else ours
 * @param reason words a person understands
 */
public record PaymentFailed(
        UUID escrowId, int attempt, String paymentReference, String reasonCode, String reason, Instant failedAt)
        implements Message {}
