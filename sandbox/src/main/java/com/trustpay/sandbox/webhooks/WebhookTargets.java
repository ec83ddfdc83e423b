package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.webhooks.WebhookProperties.Target;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The current target (URL, secret, backoff) per provider; changeable at run time, reset to the configuration. */
public class WebhookTargets implements Resettable {

    private final WebhookProperties props;
    private final Map<Provider, Target> current = new EnumMap<>(Provider.class);

    public WebhookTargets(WebhookProperties props) {
        this.props = props;
        reset();
    }

    public synchronized Target get(Provider provider) {
        return current.get(provider);
    }

    /** Replaces the non-null parts of a provider's target. */
    public synchronized Target update(Provider provider, Target change) {
        Target old = current.get(provider);
        Target updated = new Target(
                change.url() != null ? change.url() : old.url(),
                change.secret() != null ? change.secret() : old.secret(),
                change.retryBackoff() != null ? change.retryBackoff() : old.retryBackoff(),
                change.username() != null ? change.username() : old.username(),
                change.password() != null ? change.password() : old.password());
        current.put(provider, updated);
        return updated;
    }

    /** Back to the configured targets. */
    @Override
    public synchronized void reset() {
        current.put(Provider.SETU, props.setu());
        current.put(Provider.RAZORPAYX, props.razorpayx());
        current.put(
                Provider.PHONEPE,
                props.phonepe() != null ? props.phonepe() : new Target(null, null, List.of(), null, null));
    }
}
