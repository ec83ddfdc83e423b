package com.trustpay.payment.routing.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.routing.domain.Health;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A collection provider whose every call feeds its circuit breaker: an answer (2xx, or a 4xx, which is the
 * provider working and refusing) counts as a success, an unknown outcome (5xx, timeout, broken connection) as a
 * failure. Calls are never blocked here: a provider that is down still has its open attempts read and its refunds
 * settled; only new attempts are routed away from it ({@link CollectionProviders#choose}).
 */
public final class GuardedCollections implements UpiCollections {

    /** A payment id no provider has: reading it answers 404 when the provider is up. */
    static final String PROBE_PAYMENT_ID = "TPHEALTHPROBE00000000";

    private final String name;
    private final UpiCollections delegate;
    private final CircuitBreaker breaker;

    public GuardedCollections(String name, UpiCollections delegate, CircuitBreaker breaker) {
        this.name = name;
        this.delegate = delegate;
        this.breaker = breaker;
    }

    public String name() {
        return name;
    }

    /** The adapter itself, for what only it offers (e.g. Setu's settlement reports). */
    public UpiCollections adapter() {
        return delegate;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public Health health() {
        return switch (breaker.getState()) {
            case CLOSED, DISABLED, METRICS_ONLY -> Health.UP;
            case OPEN, FORCED_OPEN -> Health.DOWN;
            case HALF_OPEN -> Health.PROBING;
        };
    }

    /**
     * One harmless read while the provider is not known to be up, when the breaker lets one through (after its
     * wait in the open state): enough good answers close it again, and new attempts return to this provider.
     */
    public boolean probe() {
        if (breaker.getState() == CircuitBreaker.State.CLOSED || !breaker.tryAcquirePermission()) {
            return false;
        }
        measured(() -> delegate.readPayment(PROBE_PAYMENT_ID));
        return true;
    }

    @Override
    public ProviderResult<CreatedRequest> request(PaymentRequestSpec spec) {
        return measured(() -> delegate.request(spec));
    }

    @Override
    public ProviderResult<RequestState> read(PaymentMode mode, String instanceId) {
        return measured(() -> delegate.read(mode, instanceId));
    }

    @Override
    public ProviderResult<String> expire(PaymentMode mode, String instanceId) {
        return measured(() -> delegate.expire(mode, instanceId));
    }

    @Override
    public ProviderResult<ProviderPayment> readPayment(String paymentId) {
        return measured(() -> delegate.readPayment(paymentId));
    }

    @Override
    public ProviderResult<ProviderRefund> refund(RefundSpec spec) {
        return measured(() -> delegate.refund(spec));
    }

    @Override
    public ProviderResult<ProviderRefund> readRefund(String refundId) {
        return measured(() -> delegate.readRefund(refundId));
    }

    @Override
    public ProviderResult<List<ProviderRefund>> refundsOfPayment(String paymentTxnId) {
        return measured(() -> delegate.refundsOfPayment(paymentTxnId));
    }

    @Override
    public ProviderResult<Optional<ProviderRefund>> refundByReference(String paymentTxnId, String reference) {
        return measured(() -> delegate.refundByReference(paymentTxnId, reference));
    }

    private <T> ProviderResult<T> measured(Supplier<ProviderResult<T>> call) {
        long start = System.nanoTime();
        ProviderResult<T> result = call.get();
        if (result.call() == null || result.call().httpStatus() == 0 && result instanceof ProviderResult.Rejected<T>) {
            // answered without a call (a cached value, or a call this provider does not offer): no health news
            return result;
        }
        long took = System.nanoTime() - start;
        if (result instanceof ProviderResult.Unknown<T> unknown) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new ProviderUnavailable(name, unknown.message()));
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
        return result;
    }

    /** What a failed call is recorded as in the breaker. */
    public static final class ProviderUnavailable extends RuntimeException {
        ProviderUnavailable(String provider, String message) {
            super(provider + ": " + message, null, false, false);
        }
    }
}
