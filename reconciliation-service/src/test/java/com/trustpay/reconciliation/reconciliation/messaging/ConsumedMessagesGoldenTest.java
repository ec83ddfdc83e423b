package com.trustpay.reconciliation.reconciliation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
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
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.testsupport.contracts.ConsumedMessagesContract;
import com.trustpay.testsupport.contracts.GoldenMessages;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every message reconciliation-service consumes decodes from its golden example, and every one with money in it
 * changes one of the two sides.
 */
class ConsumedMessagesGoldenTest extends ConsumedMessagesContract {

    private static final List<Class<? extends Message>> ESCROW_SIDE = List.of(
            EscrowCreated.class,
            PaymentAwaited.class,
            PaymentLapsed.class,
            FundsHeld.class,
            Disputed.class,
            ReleaseStarted.class,
            ReleaseFailed.class,
            Released.class,
            RefundStarted.class,
            Refunded.class,
            Cancelled.class,
            CodeExpired.class);

    /**
     * Escrow events that move no money and no position: the dispute thread, and the decision (the ReleaseStarted or
     * RefundStarted that carries it out moves the position). They are recorded as ignored, never dead-lettered.
     */
    private static final List<Class<? extends Message>> NO_CHANGE =
            List.of(DisputeMessagePosted.class, DisputeResolved.class);

    private static final List<Class<? extends Message>> PAYMENT_SIDE = List.of(
            PaymentRequested.class,
            PaymentSucceeded.class,
            PaymentFailed.class,
            PaymentExpired.class,
            RefundInitiated.class,
            RefundSucceeded.class,
            RefundFailed.class,
            PayoutInitiated.class,
            PayoutRetryScheduled.class,
            PayoutSucceeded.class,
            PayoutFailed.class,
            PayoutReversed.class);

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Override
    protected Collection<Class<? extends Message>> consumed() {
        List<Class<? extends Message>> all = new java.util.ArrayList<>(ESCROW_SIDE);
        all.addAll(NO_CHANGE);
        all.addAll(PAYMENT_SIDE);
        all.add(AdminAlert.class);
        return all;
    }

    @Override
    protected Message decode(byte[] envelope) {
        return codec.decode(envelope).payload();
    }

    @Test
    void everyEscrowEventWithMoneyOrAPositionChangesTheEscrowSide() {
        for (Class<? extends Message> type : ESCROW_SIDE) {
            assertThat(EscrowChanges.of(incoming(type)))
                    .as(type.getSimpleName())
                    .isPresent();
        }
    }

    @Test
    void theDisputeThreadAndTheDecisionChangeNeitherSide() {
        for (Class<? extends Message> type : NO_CHANGE) {
            assertThat(EscrowChanges.of(incoming(type)))
                    .as(type.getSimpleName())
                    .isEmpty();
        }
    }

    @Test
    void everyPaymentAndPayoutEventChangesThePaymentSide() {
        for (Class<? extends Message> type : PAYMENT_SIDE) {
            assertThat(RecordChanges.of(incoming(type)))
                    .as(type.getSimpleName())
                    .hasValueSatisfying(change -> assertThat(change.reference()).isNotBlank());
        }
    }

    private Incoming incoming(Class<? extends Message> type) {
        return codec.decode(GoldenMessages.envelopeOf(type, null));
    }
}
