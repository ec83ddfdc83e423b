package com.trustpay.payment.routing;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.routing.domain.ProviderRule;
import com.trustpay.payment.routing.domain.VerificationMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing settings ({@code payment.routing.*}).
 *
 * @param order the collection providers in the order they are tried ({@code PAYMENT_ROUTING_ORDER}, e.g.
 *     {@code setu,phonepe}); a provider not named here gets no new attempts but its open ones are still settled
 * @param rules per provider, the modes and amounts it takes (a provider without a rule takes everything)
 * @param breaker when a provider counts as down, from the outcomes of its real calls
 * @param probeEvery how often a provider that is down is probed with one harmless read
 * @param verification per provider, how its payments are found out (HYBRID when not named)
 */
@ConfigurationProperties("payment.routing")
public record RoutingProperties(
        List<String> order,
        List<Rule> rules,
        Breaker breaker,
        Duration probeEvery,
        Map<String, VerificationMode> verification) {

    /** What one provider takes. */
    public record Rule(String provider, Set<PaymentMode> modes, Long minAmountPaise, Long maxAmountPaise) {

        ProviderRule toRule() {
            return new ProviderRule(
                    provider,
                    modes,
                    minAmountPaise == null ? 0 : minAmountPaise,
                    maxAmountPaise == null ? Long.MAX_VALUE : maxAmountPaise);
        }
    }

    /**
     * @param window the last calls looked at
     * @param minimumCalls how many calls the window needs before it can open the breaker
     * @param failureRatePercent the share of unknown outcomes (5xx, timeouts) that opens it
     * @param openFor how long it stays open before probes may close it
     * @param probesToClose how many probes must answer before it closes (or opens again)
     */
    public record Breaker(
            Integer window, Integer minimumCalls, Float failureRatePercent, Duration openFor, Integer probesToClose) {

        public Breaker {
            window = window == null ? 10 : window;
            minimumCalls = minimumCalls == null ? 5 : minimumCalls;
            failureRatePercent = failureRatePercent == null ? 50f : failureRatePercent;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
            probesToClose = probesToClose == null ? 2 : probesToClose;
        }
    }

    public RoutingProperties {
        order = order == null || order.isEmpty() ? List.of("setu") : List.copyOf(order);
        rules = rules == null ? List.of() : List.copyOf(rules);
        breaker = breaker == null ? new Breaker(null, null, null, null, null) : breaker;
        probeEvery = probeEvery == null ? Duration.ofSeconds(5) : probeEvery;
        verification = verification == null ? Map.of() : Map.copyOf(verification);
    }

    /** The order, each provider with its rule. */
    public List<ProviderRule> providerRules() {
        return order.stream()
                .map(name -> rules.stream()
                        .filter(r -> name.equals(r.provider()))
                        .findFirst()
                        .map(Rule::toRule)
                        .orElseGet(() -> ProviderRule.any(name)))
                .toList();
    }
}
