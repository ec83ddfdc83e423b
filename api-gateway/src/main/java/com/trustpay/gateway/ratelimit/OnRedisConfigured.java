package com.trustpay.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Redis counts as configured when {@code trustpay.redis.enabled} is true or {@code spring.data.redis.host} is set. */
class OnRedisConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        boolean enabled = env.getProperty("trustpay.redis.enabled", Boolean.class, false)
                || env.containsProperty("spring.data.redis.host");
        return enabled
                ? ConditionOutcome.match("Redis is configured")
                : ConditionOutcome.noMatch("neither trustpay.redis.enabled nor spring.data.redis.host is set");
    }
}
