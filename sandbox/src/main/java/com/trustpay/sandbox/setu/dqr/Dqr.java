package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuTime;
import com.trustpay.sandbox.setu.payments.Payment;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import java.time.Instant;
import java.util.Map;

/** A Dynamic QR / payment link ({@code pay_single}). Thread-safe; {@code active -> paid | closed}. */
class Dqr implements ProductInstance {

    /** What the creator asked for, validated. */
    record Spec(
            String merchantId,
            String merchantVpa,
            Long amount,
            Long minAmount,
            Instant expiry,
            String referenceId,
            String transactionNote,
            Map<String, String> metadata) {}

    private final String id = Ids.ulid();
    private final String refId = "SU" + Ids.ulid();
    private final Spec spec;
    private final String intentLink;
    private final String shortLink;
    private final String qrCode;
    private final String createdAt = SetuTime.format(Instant.now());
    private String status = "active";
    private String closedAt;

    Dqr(Spec spec, String payeeName, String mcc, String shortLinkBase) {
        this.spec = spec;
        this.intentLink = IntentLink.build(
                spec.merchantVpa(), payeeName, spec.amount(), spec.minAmount(), refId, spec.transactionNote(), mcc);
        this.shortLink = shortLinkBase + id;
        this.qrCode = QrCodes.pngBase64(intentLink);
    }

    Spec spec() {
        return spec;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String merchantId() {
        return spec.merchantId();
    }

    @Override
    public String refId() {
        return refId;
    }

    @Override
    public String productInstanceType() {
        return "pay_single";
    }

    @Override
    public String txnType() {
        return "pay";
    }

    @Override
    public String merchantVpa() {
        return spec.merchantVpa();
    }

    @Override
    public String referenceId() {
        return spec.referenceId();
    }

    @Override
    public String transactionNote() {
        return spec.transactionNote();
    }

    @Override
    public Map<String, String> metadata() {
        return spec.metadata();
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

    @Override
    public synchronized boolean acceptsPayment() {
        return "active".equals(status);
    }

    @Override
    public synchronized boolean paid(Payment payment) {
        if (!acceptsPayment()) {
            return false;
        }
        status = "paid";
        return true;
    }

    /** A failed attempt leaves the link active: the payer may try again until it expires. */
    @Override
    public void paymentFailed(Payment payment) {}

    /** Closes an active link; false if it was already paid or closed. */
    synchronized boolean close() {
        if (!acceptsPayment()) {
            return false;
        }
        status = "closed";
        closedAt = SetuTime.format(Instant.now());
        return true;
    }

    synchronized String status() {
        return status;
    }

    synchronized DqrView view() {
        return new DqrView(
                id,
                spec.merchantId(),
                spec.merchantVpa(),
                spec.amount(),
                spec.minAmount(),
                SetuTime.format(spec.expiry()),
                spec.referenceId(),
                spec.transactionNote(),
                spec.metadata(),
                intentLink,
                shortLink,
                qrCode,
                refId,
                status,
                createdAt,
                closedAt);
    }
}
