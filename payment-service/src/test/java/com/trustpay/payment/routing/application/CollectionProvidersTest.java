package com.trustpay.payment.routing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.trustpay.payment.routing.domain.Health;
import com.trustpay.payment.routing.domain.ProviderRule;
import com.trustpay.payment.routing.domain.RoutingPolicy;
import com.trustpay.payment.support.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routing fed by real call outcomes: a provider whose calls come back unknown is taken out of the order, new
 * attempts go to the next, and once probes get answers again, traffic returns. The providers here are scripted
 * in memory (what they answer is the input; the breakers are Resilience4j's own).
 */
class CollectionProvidersTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00Z"));
    private final ScriptedProvider setu = new ScriptedProvider("setu");
    private final ScriptedProvider phonePe = new ScriptedProvider("phonepe");
    private final GuardedCollections guardedSetu = guarded("setu", setu);
    private final GuardedCollections guardedPhonePe = guarded("phonepe", phonePe);
    private final CollectionProviders providers = new CollectionProviders(
            List.of(guardedSetu, guardedPhonePe),
            new RoutingPolicy(List.of(ProviderRule.any("setu"), ProviderRule.any("phonepe"))));

    @Test
    void unknownOutcomesOpenTheBreakerAndNewAttemptsGoToTheNextProvider() {
        assertThat(providers.choose(PaymentMode.INTENT, 150_000).provider()).isEqualTo("setu");

        setu.down = true;
        for (int i = 0; i < 4; i++) {
            providers.of("setu").request(spec());
        }

        assertThat(providers.health("setu")).isEqualTo(Health.DOWN);
        assertThat(providers.choose(PaymentMode.INTENT, 150_000).provider()).isEqualTo("phonepe");
        assertThat(setu.calls)
                .as("calls are never blocked: open attempts are still read")
                .isEqualTo(4);
        providers.of("setu").read(PaymentMode.INTENT, "dqr-1");
        assertThat(setu.calls).isEqualTo(5);
    }

    @Test
    void aRefusalIsTheProviderWorkingNotAnOutage() {
        setu.refuse = true;
        for (int i = 0; i < 10; i++) {
            providers.of("setu").request(spec());
        }

        assertThat(providers.health("setu")).isEqualTo(Health.UP);
    }

    @Test
    void afterItsWaitAProviderIsProbedAndClosesAgainWhenProbesAreAnswered() {
        setu.down = true;
        for (int i = 0; i < 4; i++) {
            providers.of("setu").request(spec());
        }
        providers.probeOnce();
        assertThat(setu.probes).as("no probe while the breaker waits").isZero();

        clock.advance(Duration.ofSeconds(31)); // past the breaker's open-state wait
        providers.probeOnce();
        assertThat(setu.probes).isEqualTo(1);
        assertThat(providers.health("setu")).isEqualTo(Health.PROBING);
        providers.probeOnce();
        assertThat(providers.health("setu"))
                .as("two unknown probes open it again")
                .isEqualTo(Health.DOWN);

        setu.down = false;
        clock.advance(Duration.ofSeconds(31));
        providers.probeOnce();
        assertThat(providers.health("setu")).isEqualTo(Health.PROBING);
        assertThat(providers.choose(PaymentMode.INTENT, 150_000).provider()).isEqualTo("phonepe");
        providers.probeOnce();

        assertThat(setu.probes).isEqualTo(4);
        assertThat(providers.health("setu")).isEqualTo(Health.UP);
        assertThat(providers.choose(PaymentMode.INTENT, 150_000).provider()).isEqualTo("setu");
        assertThat(phonePe.probes).as("a provider that is up is not probed").isZero();
    }

    @Test
    void anAnswerMadeWithoutACallIsNoNewsAboutHealth() {
        setu.unsupported = true;
        for (int i = 0; i < 10; i++) {
            providers.of("setu").expire(PaymentMode.COLLECT, "c-1");
        }

        assertThat(guardedSetu.breaker().getMetrics().getNumberOfBufferedCalls())
                .isZero();
    }

    @Test
    void aProviderTheOrderNamesMustBeConfiguredAndAnAttemptsProviderMustExist() {
        assertThatThrownBy(() -> new CollectionProviders(
                        List.of(guardedSetu), new RoutingPolicy(List.of(ProviderRule.any("phonepe")))))
                .hasMessageContaining("no such collection provider");
        assertThatThrownBy(() -> providers.of("payu")).isInstanceOf(IllegalStateException.class);
        assertThat(providers.of(null))
                .as("attempts from before routing are Setu's")
                .isSameAs(guardedSetu);
    }

    private GuardedCollections guarded(String name, UpiCollections adapter) {
        return new GuardedCollections(
                name,
                adapter,
                CircuitBreaker.of(
                        name,
                        CircuitBreakerConfig.custom()
                                .slidingWindowSize(4)
                                .minimumNumberOfCalls(4)
                                .failureRateThreshold(50)
                                .waitDurationInOpenState(Duration.ofSeconds(30))
                                .clock(clock)
                                .permittedNumberOfCallsInHalfOpenState(2)
                                .recordExceptions(GuardedCollections.ProviderUnavailable.class)
                                .build()));
    }

    private static PaymentRequestSpec spec() {
        return new PaymentRequestSpec(
                PaymentMode.INTENT, "TP0000000000000001", 150_000, null, "note", Instant.parse("2026-01-10T10:30:00Z"));
    }

    /** A provider that answers, refuses or is down, as the test says. */
    private static final class ScriptedProvider implements UpiCollections {

        final String name;
        boolean down;
        boolean refuse;
        boolean unsupported;
        int calls;
        int probes;

        ScriptedProvider(String name) {
            this.name = name;
        }

        private <T> ProviderResult<T> answer(T value) {
            calls++;
            CallInfo call = new CallInfo(name, "call", down ? 503 : refuse ? 400 : 200, 1);
            if (down) {
                return new ProviderResult.Unknown<>("HTTP 503", call);
            }
            if (refuse) {
                return new ProviderResult.Rejected<>("bad-request", "no", call);
            }
            return new ProviderResult.Ok<>(value, call);
        }

        @Override
        public ProviderResult<CreatedRequest> request(PaymentRequestSpec spec) {
            return answer(new CreatedRequest("dqr-1", "upi://pay?tr=1", null, null, "active"));
        }

        @Override
        public ProviderResult<RequestState> read(PaymentMode mode, String instanceId) {
            return answer(new RequestState(instanceId, "active", List.of()));
        }

        @Override
        public ProviderResult<String> expire(PaymentMode mode, String instanceId) {
            if (unsupported) {
                return new ProviderResult.Rejected<>("unsupported", "no API", new CallInfo(name, "expire", 0, 0));
            }
            return answer("closed");
        }

        @Override
        public ProviderResult<ProviderPayment> readPayment(String paymentId) {
            if (GuardedCollections.PROBE_PAYMENT_ID.equals(paymentId)) {
                probes++;
                calls++;
                CallInfo call = new CallInfo(name, "probe", down ? 503 : 404, 1);
                return down
                        ? new ProviderResult.Unknown<>("HTTP 503", call)
                        : new ProviderResult.Rejected<>("not-found", "no such payment", call);
            }
            return answer(null);
        }

        @Override
        public ProviderResult<ProviderRefund> refund(RefundSpec spec) {
            return answer(null);
        }

        @Override
        public ProviderResult<ProviderRefund> readRefund(String refundId) {
            return answer(null);
        }

        @Override
        public ProviderResult<List<ProviderRefund>> refundsOfPayment(String paymentTxnId) {
            return answer(List.of());
        }
    }
}
