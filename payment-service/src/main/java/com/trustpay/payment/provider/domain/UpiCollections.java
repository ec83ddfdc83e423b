package com.trustpay.payment.provider.domain;

import com.trustpay.contracts.PaymentMode;
import java.util.List;

/** The UPI collection provider (Setu): payment requests, their payments, and refunds. */
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
}
