package com.trustpay.payment.routing.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.provider.domain.UpiCollections;
import com.trustpay.payment.routing.domain.Health;
import com.trustpay.payment.routing.domain.Route;
import com.trustpay.payment.routing.domain.RoutingPolicy;
import com.trustpay.payment.routing.domain.VerificationMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection providers by name (as stored on each attempt), each behind its circuit breaker, and the routing
 * of new attempts among them.
 */
public final class CollectionProviders {

    private static final Logger log = LoggerFactory.getLogger(CollectionProviders.class);

    private final Map<String, GuardedCollections> providers = new LinkedHashMap<>();
    private final RoutingPolicy policy;
    private final Map<String, VerificationMode> verification;

    /** Every provider verified the default way ({@link VerificationMode#HYBRID}). */
    public CollectionProviders(List<GuardedCollections> providers, RoutingPolicy policy) {
        this(providers, policy, Map.of());
    }

    public CollectionProviders(
            List<GuardedCollections> providers, RoutingPolicy policy, Map<String, VerificationMode> verification) {
        this.verification = Map.copyOf(verification);
        providers.forEach(p -> this.providers.put(p.name(), p));
        for (String name : policy.providers()) {
            if (!this.providers.containsKey(name)) {
                throw new IllegalArgumentException("routing names " + name
                        + " but no such collection provider is configured: " + this.providers.keySet());
            }
        }
        this.policy = policy;
    }

    /** The provider an attempt or refund is with; an attempt recorded before routing existed is Setu's. */
    public UpiCollections of(String provider) {
        GuardedCollections p = providers.get(provider == null ? "setu" : provider);
        if (p == null) {
            throw new IllegalStateException(
                    "no collection provider " + provider + " is configured: " + providers.keySet());
        }
        return p;
    }

    /** The adapter itself, without its breaker, for what only it offers. */
    public UpiCollections adapter(String provider) {
        return ((GuardedCollections) of(provider)).adapter();
    }

    /** How the provider's payments are found out; {@link VerificationMode#HYBRID} unless configured. */
    public VerificationMode verification(String provider) {
        return verification.getOrDefault(provider == null ? "setu" : provider, VerificationMode.HYBRID);
    }

    /** The provider for a new attempt, and why. */
    public Route choose(PaymentMode mode, long amountPaise) {
        return policy.choose(mode, amountPaise, this::health);
    }

    public Health health(String provider) {
        GuardedCollections p = providers.get(provider);
        return p == null ? Health.DOWN : p.health();
    }

    /** The routing order: the providers new attempts may go to, first choice first. */
    public List<String> order() {
        return policy.providers();
    }

    public Map<String, Health> healthByProvider() {
        Map<String, Health> health = new LinkedHashMap<>();
        providers.forEach((name, p) -> health.put(name, p.health()));
        return health;
    }

    /** One probe of each provider that is not known to be up (scheduled; see {@code RoutingConfiguration}). */
    public void probeOnce() {
        providers.values().forEach(p -> {
            try {
                if (p.probe()) {
                    log.info("probed collection provider {}: now {}", p.name(), p.health());
                }
            } catch (RuntimeException e) {
                log.warn("probe of collection provider {} failed", p.name(), e);
            }
        });
    }
}
