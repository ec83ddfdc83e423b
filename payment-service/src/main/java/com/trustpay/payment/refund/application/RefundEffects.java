package com.trustpay.payment.refund.application;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.payment.metrics.application.PaymentMeters.RefundOutcome;
import java.util.UUID;

/**
 * What {@link Refunds} makes known beyond its rows, in the caller's transaction: the inbox's first-delivery check,
 * outcomes published through the outbox, the payment audit log (alerts go to {@code ops.alerts} from there), and
 * the refund meters.
 */
public interface RefundEffects {

    /** True the first time {@code eventId} is seen (recorded in the caller's transaction). */
    boolean firstDelivery(UUID eventId);

    /** Publishes an event through the outbox, with the caller's transaction. */
    void publish(Message event);

    /** Counts a refund outcome of {@code provider}'s. */
    void counted(String provider, RefundOutcome outcome);

    void command(UUID escrowId, String subject, String detail);

    void providerCall(UUID escrowId, String subject, String summary);

    void decision(UUID escrowId, String subject, String detail);

    void failure(UUID escrowId, String subject, String detail);

    /** An audit entry and an AdminAlert of {@code kind}. */
    void alert(Severity severity, String kind, UUID escrowId, String subject, String detail);
}
