package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuTime;
import com.trustpay.sandbox.setu.payments.InstanceKind;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.PaymentTerms;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import java.time.Instant;

/** A Dynamic QR / payment link ({@code pay_single}). Thread-safe; {@code active -> paid | closed}. */
class Dqr extends ProductInstance {

    /** What the creator asked for, validated. */
    record Spec(String merchantId, Long amount, Long minAmount, Instant expiry, PaymentTerms terms) {}

    private final Spec spec;
    private final String intentLink;
    private final String shortLink;
    private final String qrCode;

    Dqr(Spec spec, String payeeName, String mcc, String shortLinkBase) {
        super(InstanceKind.DYNAMIC_QR, spec.merchantId(), "SU" + Ids.ulid(), spec.terms());
        this.spec = spec;
        this.intentLink = IntentLink.build(
                spec.terms().merchantVpa(),
                payeeName,
                spec.amount(),
                spec.minAmount(),
                refId(),
                spec.terms().transactionNote(),
                mcc);
        this.shortLink = shortLinkBase + id();
        this.qrCode = QrCodes.pngBase64(intentLink);
    }

    String intentLink() {
        return intentLink;
    }

    /** Fixed amount: must match. Minimum amount: the payer may pay any amount at or above it. */
    @Override
    public long payableAmount(Long offered) {
        Long value = offered != null ? offered : spec.amount();
        if (spec.minAmount() == null) {
            if (value == null || !value.equals(spec.amount())) {
                throw SetuException.badRequest("amount must equal the fixed amount of the link");
            }
        } else if (value == null || value < spec.minAmount()) {
            throw SetuException.badRequest("amount must be at least minAmount");
        }
        return value;
    }

    /** A failed attempt leaves the link active: the payer may try again until it expires. */
    @Override
    public void paymentFailed(Payment payment) {}

    /** Closes an active link; false if it was already paid or closed. */
    boolean close() {
        return closeIfActive();
    }

    synchronized DqrView view() {
        return new DqrView(
                id(),
                merchantId(),
                terms().merchantVpa(),
                spec.amount(),
                spec.minAmount(),
                SetuTime.format(spec.expiry()),
                terms().referenceId(),
                terms().transactionNote(),
                terms().metadata(),
                intentLink,
                shortLink,
                qrCode,
                refId(),
                status(),
                createdAt(),
                closedAt());
    }
}
