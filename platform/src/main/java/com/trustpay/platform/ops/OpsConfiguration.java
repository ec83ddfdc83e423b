package com.trustpay.platform.ops;

import com.trustpay.platform.ApplicationName;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.outbox.OutboxConfiguration;
import com.trustpay.platform.scheduling.PeriodicJob;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires {@link OpsAlerts} for every service with an outbox, and the job that reports held-back repeats. */
@AutoConfiguration(after = OutboxConfiguration.class)
@ConditionalOnBean(Outbox.class)
@EnableConfigurationProperties(OpsAlertsProperties.class)
public class OpsConfiguration {

    @Bean
    OpsAlerts opsAlerts(
            Outbox outbox,
            PlatformTransactionManager transactions,
            Clock clock,
            Environment environment,
            OpsAlertsProperties properties) {
        return new OpsAlerts(
                outbox,
                new TransactionTemplate(transactions),
                clock,
                ApplicationName.of(environment),
                properties.throttleWindow());
    }

    /** Every window, the repeats held back in a window that has passed quietly go out as one alert each. */
    @Bean
    @Conditional(Throttled.class)
    PeriodicJob opsAlertsFlush(OpsAlerts alerts, OpsAlertsProperties properties) {
        return new PeriodicJob("ops-alerts-flush", properties.throttleWindow(), alerts::flush);
    }

    /** Whether alerts are throttled at all (a window of zero raises each at once and holds nothing back). */
    static final class Throttled extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Duration window = Binder.get(context.getEnvironment())
                    .bind("trustpay.ops.alerts.throttle-window", Duration.class)
                    .orElse(Duration.ofMinutes(1));
            return window.isZero()
                    ? ConditionOutcome.noMatch("admin alerts are not throttled")
                    : ConditionOutcome.match("admin alerts are throttled per " + window);
        }
    }
}
