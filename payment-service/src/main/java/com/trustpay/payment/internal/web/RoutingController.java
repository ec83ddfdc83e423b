package com.trustpay.payment.internal.web;

import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.payment.routing.domain.Health;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/routing} (internal API, token-protected): the routing order and each collection provider's
 * health as its breaker sees it now, for ops, the admin console and the system tests.
 */
@RestController
class RoutingController {

    record RoutingView(List<String> order, Map<String, Health> health) {}

    private final CollectionProviders providers;

    RoutingController(CollectionProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/internal/routing")
    RoutingView routing() {
        return new RoutingView(providers.order(), providers.healthByProvider());
    }
}
