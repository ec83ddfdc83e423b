package com.trustpay.webhook.guard;

import com.trustpay.platform.scheduling.PeriodicJob;
import com.trustpay.platform.web.servlet.ServletProblems;
import com.trustpay.webhook.guard.application.SourceGuard;
import com.trustpay.webhook.guard.application.SourceRateLimiter;
import com.trustpay.webhook.guard.domain.IpAllowList;
import com.trustpay.webhook.guard.web.SourceGuardFilter;
import com.trustpay.webhook.ingest.application.WebhookIngestion;
import com.trustpay.webhook.ingest.application.WebhookMetrics;
import com.trustpay.webhook.shared.web.WebhookPath;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the per-source rate limit and the per-provider allow-lists in front of {@code /webhooks/**}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuardProperties.class)
public class GuardConfiguration {

    @Bean
    SourceRateLimiter sourceRateLimiter(GuardProperties properties) {
        return new SourceRateLimiter(properties.ratePerSecond(), properties.burst(), properties.maxTrackedSources());
    }

    @Bean
    SourceGuard sourceGuard(GuardProperties properties, SourceRateLimiter rateLimiter) {
        Map<String, IpAllowList> allowLists = properties.allowedSources().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> IpAllowList.of(entry.getValue())));
        return new SourceGuard(allowLists, rateLimiter);
    }

    /** Runs before every other filter on {@code /webhooks/*}, so a refused source costs as little as possible. */
    @Bean
    FilterRegistrationBean<SourceGuardFilter> sourceGuardFilter(
            SourceGuard guard, WebhookIngestion ingestion, WebhookMetrics metrics, ServletProblems problems) {
        FilterRegistrationBean<SourceGuardFilter> registration =
                new FilterRegistrationBean<>(new SourceGuardFilter(guard, ingestion, metrics, problems));
        registration.addUrlPatterns(WebhookPath.PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Forgets quiet sources every minute so the bucket map stays small. */
    @Bean
    PeriodicJob idleSourceSweep(SourceRateLimiter rateLimiter) {
        return new PeriodicJob("webhook-idle-sources", Duration.ofMinutes(1), rateLimiter::forgetIdle);
    }
}
