package com.trustpay.payment.refund.application;

import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.domain.RefundStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The refund rows {@link Refunds} decides on (implemented by the {@code refund} table's repository). Every move of a
 * status is guarded on the status it moves from, and every lease operation on the token that holds the row: a method
 * answering false changed nothing.
 */
public interface RefundRows {

    /** The next number of the escrow's own refunds, for a RefundPayment without one (an old producer's). */
    int nextNumber(UUID escrowId);

    /** The next number of the escrow's excess refunds (numbered apart from its own refunds). */
    int nextExcessNumber(UUID escrowId);

    /** The escrow's own refund number {@code n}, whatever its status. */
    Optional<Refund> findNumbered(UUID escrowId, int n);

    /** The escrow's latest own refund that is under way (CREATING, UNKNOWN, PENDING) or SUCCEEDED, if any. */
    Optional<Refund> findLive(UUID escrowId);

    Optional<Refund> find(UUID id);

    /** The refund giving back the excess money of {@code providerPaymentId}, if one was recorded. */
    Optional<Refund> findExcess(String providerPaymentId);

    void insert(Refund r, Instant nextPollAt);

    /** Inserts an excess refund unless one for {@code excessPaymentId} exists; false if it did. */
    boolean insertExcess(Refund r, String excessPaymentId, Instant nextPollAt);

    /** The refund's status now, as the {@code from} of a guarded move. */
    Optional<RefundStatus> status(UUID id);

    /** {@code from} (CREATING or UNKNOWN) → PENDING with Setu's refund id, one create try more. */
    boolean markPending(UUID id, RefundStatus from, String providerRefundId, Instant nextPollAt, Instant now);

    /** {@code from} (CREATING or UNKNOWN) → UNKNOWN, one create try more, looked at again at {@code nextPollAt}. */
    boolean markUnknown(UUID id, RefundStatus from, String error, Instant nextPollAt, Instant now);

    /** {@code from} → {@code to} (SUCCEEDED or FAILED), no more polling. */
    boolean settle(UUID id, RefundStatus from, RefundStatus to, String error, Instant now);

    /** Notes a late success that was not booked on a FAILED refund; false if not FAILED or noted before. */
    boolean noteLateSuccess(UUID id, String note, Instant now);

    /** A FAILED refund that Setu holds is read back from {@code firstAt} until {@code until} (late success). */
    void scheduleLateReads(UUID id, Instant firstAt, Instant until);

    /** The next late read of a FAILED refund at {@code nextAt} (the bound at the latest), or none past the bound. */
    void rescheduleLateRead(UUID id, Instant nextAt, Instant now);

    void recordRead(UUID id, ProviderRefund read, Instant now);

    /** An error on an open refund, looked at again at {@code nextPollAt}. */
    void recordError(UUID id, String error, Instant nextPollAt, boolean createTried, Instant now);

    void recordTxnId(UUID id, String txnId, Instant now);

    /** Marks the refund's REFUND_UNCONFIRMED alert as raised; false if it already was. */
    boolean markUnconfirmedAlerted(UUID id, Instant now);

    /** The next poll of an open refund. */
    void reschedule(UUID id, Instant nextPollAt);

    /** Claims the row's work for {@code token} until {@code until}; false while another holder's lease runs. */
    boolean claim(UUID id, UUID token, Instant until, Instant now);

    /** Extends the lease held by {@code token}; false if it was lost. */
    boolean renewLease(UUID id, UUID token, Instant until);

    /** Ends the lease held by {@code token}; nothing if it was lost meanwhile. */
    void release(UUID id, UUID token);
}
