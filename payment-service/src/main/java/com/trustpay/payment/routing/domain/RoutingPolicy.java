package com.trustpay.payment.routing.domain;

import com.trustpay.contracts.PaymentMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Chooses the collection provider of a new payment attempt: the first provider in the configured order whose rule
 * takes the attempt's mode and amount and which is {@link Health#UP}. When every provider that takes it is down,
 * the first of them is used anyway: the attempt's create may then be unknown, which the attempt's own recovery
 * settles, rather than refused for a provider that may already be back.
 */
public final class RoutingPolicy {

    private final List<ProviderRule> order;

    public RoutingPolicy(List<ProviderRule> order) {
        if (order.isEmpty()) {
            throw new IllegalArgumentException("routing needs at least one collection provider");
        }
        var names = new HashSet<String>();
        for (ProviderRule rule : order) {
            if (!names.add(rule.provider())) {
                throw new IllegalArgumentException(rule.provider() + " is named twice in the routing order");
            }
        }
        this.order = List.copyOf(order);
    }

    public List<String> providers() {
        return order.stream().map(ProviderRule::provider).toList();
    }

    public Route choose(PaymentMode mode, long amountPaise, Function<String, Health> health) {
        List<String> passedOver = new ArrayList<>();
        ProviderRule firstTaker = null;
        for (ProviderRule rule : order) {
            if (!rule.accepts(mode, amountPaise)) {
                passedOver.add(rule.provider() + " does not take " + mode + " of " + amountPaise + " paise");
                continue;
            }
            if (firstTaker == null) {
                firstTaker = rule;
            }
            Health h = health.apply(rule.provider());
            if (h == Health.UP) {
                return new Route(
                        rule.provider(), passedOver.isEmpty() ? "first in order" : String.join("; ", passedOver));
            }
            passedOver.add(rule.provider() + " is " + (h == Health.DOWN ? "down (circuit open)" : "being probed"));
        }
        if (firstTaker == null) {
            ProviderRule first = order.getFirst();
            return new Route(
                    first.provider(),
                    "no provider's rule takes " + mode + " of " + amountPaise + " paise; first in order");
        }
        return new Route(
                firstTaker.provider(),
                "every provider that takes it is down (" + String.join("; ", passedOver) + "); first of them");
    }
}
