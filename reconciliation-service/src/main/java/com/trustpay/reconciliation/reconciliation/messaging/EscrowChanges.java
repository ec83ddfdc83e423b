package com.trustpay.reconciliation.reconciliation.messaging;

import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.escrow.PaymentLapsed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.reconciliation.reconciliation.domain.EscrowChange;
import com.trustpay.reconciliation.reconciliation.domain.EscrowPosition;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What each escrow event says about escrow-service's side; events without money in them change nothing. */
final class EscrowChanges {

    private EscrowChanges() {}

    static Optional<EscrowChange> of(Incoming incoming) {
        Instant at = incoming.envelope().occurredAt().toInstant();
        return Optional.ofNullable(
                switch (incoming.payload()) {
                    case EscrowCreated e -> EscrowChange.created(e.escrowId(), e.amountPaise(), at);
                    case PaymentAwaited e -> moved(e.escrowId(), EscrowPosition.PAYMENT_PENDING, at);
                    case PaymentLapsed e -> moved(e.escrowId(), EscrowPosition.PAYMENT_LAPSED, at);
                    case FundsHeld e -> EscrowChange.held(e.escrowId(), e.amountPaise(), e.paymentReference(), at);
                    case Disputed e -> moved(e.escrowId(), EscrowPosition.DISPUTED, at);
                    case ReleaseStarted e -> moved(e.escrowId(), EscrowPosition.RELEASING, at);
                    case ReleaseFailed e -> moved(e.escrowId(), EscrowPosition.RELEASE_FAILED, at);
                    case Released e ->
                        EscrowChange.released(e.escrowId(), e.amountPaise(), e.payoutReference(), e.milestone(), at);
                    case RefundStarted e -> moved(e.escrowId(), EscrowPosition.REFUNDING, at);
                    case Refunded e -> EscrowChange.refunded(e.escrowId(), e.amountPaise(), e.refundReference(), at);
                    case Cancelled e -> moved(e.escrowId(), EscrowPosition.CANCELLED, at);
                    case CodeExpired e -> moved(e.escrowId(), EscrowPosition.EXPIRED, at);
                    default -> null;
                });
    }

    private static EscrowChange moved(UUID escrowId, EscrowPosition position, Instant at) {
        return EscrowChange.moved(escrowId, position, at);
    }
}
