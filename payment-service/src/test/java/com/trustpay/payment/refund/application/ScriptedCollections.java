package com.trustpay.payment.refund.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.domain.UpiCollections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A provider's refund API that answers what the test set and counts every call. */
final class ScriptedCollections implements UpiCollections {

    final List<String> calls = new ArrayList<>();
    final List<RefundSpec> creates = new ArrayList<>();
    /** Refunds by provider id, as reads answer them. */
    final Map<String, ProviderRefund> refunds = new HashMap<>();

    private int created;

    static <T> ProviderResult<T> ok(T value) {
        return new ProviderResult.Ok<>(value, new CallInfo("setu", "test", 200, 1));
    }

    static ProviderRefund refund(String id, String reference, long amountPaise, String status) {
        return new ProviderRefund(id, reference, "pay-1", amountPaise, status, null, null);
    }

    @Override
    public ProviderResult<ProviderRefund> refund(RefundSpec spec) {
        calls.add("create");
        creates.add(spec);
        String id = "rfnd-" + ++created;
        ProviderRefund r = refund(id, spec.reference(), spec.amountPaise(), "pending");
        refunds.put(id, r);
        return ok(r);
    }

    @Override
    public ProviderResult<ProviderRefund> readRefund(String refundId) {
        calls.add("read " + refundId);
        return ok(refunds.get(refundId));
    }

    @Override
    public ProviderResult<List<ProviderRefund>> refundsOfPayment(String paymentTxnId) {
        calls.add("list " + paymentTxnId);
        return ok(List.copyOf(refunds.values()));
    }

    @Override
    public ProviderResult<ProviderPayment> readPayment(String paymentId) {
        throw new UnsupportedOperationException("not a refund call");
    }

    @Override
    public ProviderResult<CreatedRequest> request(PaymentRequestSpec spec) {
        throw new UnsupportedOperationException("not a refund call");
    }

    @Override
    public ProviderResult<RequestState> read(PaymentMode mode, String instanceId) {
        throw new UnsupportedOperationException("not a refund call");
    }

    @Override
    public ProviderResult<String> expire(PaymentMode mode, String instanceId) {
        throw new UnsupportedOperationException("not a refund call");
    }
}
