package com.trustpay.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The opposite of {@link OnRedisConfigured}: the in-memory limiter applies. */
class OnRedisNotConfigured extends SpringBootCondition {

    private final OnRedisConfigured redis = new OnRedisConfigured();

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionOutcome outcome = redis.getMatchOutcome(context, metadata);
        return new ConditionOutcome(!outcome.isMatch(), outcome.getConditionMessage());
    }
}
