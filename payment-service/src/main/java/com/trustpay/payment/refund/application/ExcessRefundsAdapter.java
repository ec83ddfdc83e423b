package com.trustpay.payment.refund.application;

import com.trustpay.payment.attempt.application.ExcessRefunds;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.persistence.RefundRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Settlement's {@link ExcessRefunds}, through the refund machinery ({@link Refunds#recordExcess}). */
public class ExcessRefundsAdapter implements ExcessRefunds {

    private final Refunds refunds;
    private final RefundRepository rows;

    public ExcessRefundsAdapter(Refunds refunds, RefundRepository rows) {
        this.refunds = refunds;
        this.rows = rows;
    }

    @Override
    public boolean beingReturned(String providerPaymentId) {
        return refunds.beingReturned(providerPaymentId);
    }

    @Override
    public Optional<String> record(
            UUID escrowId,
            String providerPaymentId,
            String providerTxnId,
            long amountPaise,
            String reason,
            Instant now) {
        return refunds.recordExcess(escrowId, providerPaymentId, providerTxnId, amountPaise, reason, now)
                .map(Refund::reference);
    }

    @Override
    public void send(String refundReference) {
        rows.findByReference(refundReference).ifPresent(refunds::sendExcess);
    }
}
