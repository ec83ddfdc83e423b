package com.trustpay.payment.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PaymentMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private final RoutingPolicy policy = new RoutingPolicy(
            List.of(ProviderRule.any("setu"), new ProviderRule("phonepe", Set.of(), 100, Long.MAX_VALUE)));

    @Test
    void theFirstProviderInOrderThatIsUpTakesTheAttempt() {
        Route route = policy.choose(PaymentMode.INTENT, 150_000, up("setu", "phonepe"));

        assertThat(route).isEqualTo(new Route("setu", "first in order"));
    }

    @Test
    void whenTheFirstIsDownTheNextTakesItAndTheReasonSaysWhy() {
        Route route = policy.choose(PaymentMode.INTENT, 150_000, health(Map.of("setu", Health.DOWN)));

        assertThat(route.provider()).isEqualTo("phonepe");
        assertThat(route.reason()).isEqualTo("setu is down (circuit open)");
    }

    @Test
    void aProviderBeingProbedGetsNoNewAttemptsYet() {
        Route route = policy.choose(PaymentMode.COLLECT, 150_000, health(Map.of("setu", Health.PROBING)));

        assertThat(route.provider()).isEqualTo("phonepe");
        assertThat(route.reason()).isEqualTo("setu is being probed");
    }

    @Test
    void whenEveryProviderThatTakesItIsDownTheFirstOfThemIsTriedAnyway() {
        Route route =
                policy.choose(PaymentMode.INTENT, 150_000, health(Map.of("setu", Health.DOWN, "phonepe", Health.DOWN)));

        assertThat(route.provider()).isEqualTo("setu");
        assertThat(route.reason()).startsWith("every provider that takes it is down");
    }

    @Test
    void aProviderWhoseRuleDoesNotTakeTheAmountOrModeIsPassedOver() {
        RoutingPolicy collectOnlyOnSetu = new RoutingPolicy(List.of(
                new ProviderRule("phonepe", Set.of(PaymentMode.INTENT), 100, 10_000_000), ProviderRule.any("setu")));

        assertThat(collectOnlyOnSetu.choose(PaymentMode.COLLECT, 150_000, up("setu", "phonepe")))
                .isEqualTo(new Route("setu", "phonepe does not take COLLECT of 150000 paise"));
        assertThat(collectOnlyOnSetu
                        .choose(PaymentMode.INTENT, 20_000_000, up("setu", "phonepe"))
                        .provider())
                .isEqualTo("setu");
        assertThat(collectOnlyOnSetu
                        .choose(PaymentMode.INTENT, 150_000, up("setu", "phonepe"))
                        .provider())
                .isEqualTo("phonepe");
    }

    @Test
    void whenNoRuleTakesItTheFirstInOrderIsUsedAndSaysSo() {
        RoutingPolicy phonePeOnly = new RoutingPolicy(List.of(new ProviderRule("phonepe", Set.of(), 100, 1_000)));

        Route route = phonePeOnly.choose(PaymentMode.INTENT, 50, up("phonepe"));

        assertThat(route.provider()).isEqualTo("phonepe");
        assertThat(route.reason()).startsWith("no provider's rule takes INTENT of 50 paise");
    }

    @Test
    void anOrderMustNameProvidersOnceAndAtLeastOne() {
        assertThatThrownBy(() -> new RoutingPolicy(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoutingPolicy(List.of(ProviderRule.any("setu"), ProviderRule.any("setu"))))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> new ProviderRule("phonepe", Set.of(), 500, 100))
                .hasMessageContaining("no range");
    }

    private static java.util.function.Function<String, Health> up(String... names) {
        return name -> Set.of(names).contains(name) ? Health.UP : Health.DOWN;
    }

    private static java.util.function.Function<String, Health> health(Map<String, Health> known) {
        return name -> known.getOrDefault(name, Health.UP);
    }
}
