package com.trustpay.webhook.guard.application;

import com.trustpay.webhook.guard.domain.IpAllowList;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Decides whether a source may call a provider's webhook endpoint now. */
public class SourceGuard {

    private final Map<String, IpAllowList> allowLists;
    private final SourceRateLimiter rateLimiter;

    public SourceGuard(Map<String, IpAllowList> allowLists, SourceRateLimiter rateLimiter) {
        this.allowLists = Map.copyOf(allowLists);
        this.rateLimiter = rateLimiter;
    }

    public Verdict check(String provider, String source) {
        IpAllowList allowList = allowLists.get(provider);
        if (allowList != null && !allowList.allows(source)) {
            return new Verdict.NotAllowed();
        }
        Optional<Duration> wait = rateLimiter.tryAcquire(source);
        return wait.<Verdict>map(Verdict.RateLimited::new).orElseGet(Verdict.Pass::new);
    }

    /** The guard's answer. */
    public sealed interface Verdict {

        record Pass() implements Verdict {}

        record NotAllowed() implements Verdict {}

        record RateLimited(Duration retryAfter) implements Verdict {}
    }
}
