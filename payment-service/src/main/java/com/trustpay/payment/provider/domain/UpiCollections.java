package com.trustpay.payment.provider.domain;

import com.trustpay.contracts.PaymentMode;
import java.util.List;
import java.util.Optional;

/** A UPI collection provider (Setu, PhonePe PG): payment requests, their payments, and refunds. */
public interface UpiCollections {

    /** Creates a Dynamic QR (INTENT) or a collect request (COLLECT) carrying our reference. */
    ProviderResult<CreatedRequest> request(PaymentRequestSpec spec);

    /** Reads the request's own status and every payment made against it. */
    ProviderResult<RequestState> read(PaymentMode mode, String instanceId);

    /** Stops the request from accepting payment (Dynamic QR only; Setu has no API to withdraw a collect). */
    ProviderResult<String> expire(PaymentMode mode, String instanceId);

    /** Reads one payment by Setu's payment id (not the NPCI txnId). */
    ProviderResult<ProviderPayment> readPayment(String paymentId);

    ProviderResult<ProviderRefund> refund(RefundSpec spec);

    ProviderResult<ProviderRefund> readRefund(String refundId);

    /** Every refund of a payment, keyed by the payment's NPCI transaction id. */
    ProviderResult<List<ProviderRefund>> refundsOfPayment(String paymentTxnId);

    /**
     * Our refund found by our reference, or empty when the provider has none with it (so a re-send is safe). By
     * default the payment's refunds are listed and matched; a provider that reads refunds by the merchant's own id
     * (PhonePe) reads it directly.
     */
    default ProviderResult<Optional<ProviderRefund>> refundByReference(String paymentTxnId, String reference) {
        return refundsOfPayment(paymentTxnId).map(refunds -> refunds.stream()
                .filter(r -> reference.equals(r.referenceId()))
                .findFirst());
    }
}
