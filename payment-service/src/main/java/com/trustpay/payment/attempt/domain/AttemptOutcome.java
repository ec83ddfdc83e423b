package com.trustpay.payment.attempt.domain;

import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.RequestState;
import java.util.List;
import java.util.Optional;

/**
 * What the provider's view of a payment request means for our attempt. Pure: {@link #of} looks only at the
 * request state and our reference.
 */
public sealed interface AttemptOutcome {

    /** The payer's money arrived (our reference; the amount is checked by the caller). */
    record Paid(ProviderPayment payment) implements AttemptOutcome {}

    /** The payer's bank said no. */
    record Failed(String reasonCode, String reason) implements AttemptOutcome {}

    /** The request closed without a payment. */
    record Expired() implements AttemptOutcome {}

    /** Nothing final yet. */
    record Open() implements AttemptOutcome {}

    /** A successful payment carrying someone else's reference: never ours to publish. */
    record Foreign(ProviderPayment payment) implements AttemptOutcome {}

    /** NPCI code Setu uses when a collect or payment expired unpaid (PROVIDERS.md 6.6). */
    String EXPIRED_CODE = "U69";

    static AttemptOutcome of(String ourReference, RequestState state) {
        List<ProviderPayment> payments = state.payments();
        Optional<ProviderPayment> success =
                payments.stream().filter(ProviderPayment::succeeded).findFirst();
        if (success.isPresent()) {
            ProviderPayment p = success.get();
            return p.referenceId() == null || ourReference.equals(p.referenceId()) ? new Paid(p) : new Foreign(p);
        }
        ProviderPayment last = payments.isEmpty() ? null : payments.getLast();
        boolean lastFailed = last != null && last.failed();
        if (lastFailed && !EXPIRED_CODE.equals(last.reasonCode())) {
            return new Failed(
                    last.reasonCode() == null ? "PAYMENT_FAILED" : last.reasonCode(),
                    last.reason() == null ? "The payer's bank declined the payment" : last.reason());
        }
        if (state.closed()) {
            return new Expired();
        }
        return new Open();
    }
}
