package com.trustpay.webhook.guard.web;

import com.trustpay.webhook.guard.application.SourceGuard;
import com.trustpay.webhook.guard.application.SourceGuard.Verdict;
import com.trustpay.webhook.ingest.application.WebhookIngestion;
import com.trustpay.webhook.ingest.application.WebhookMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Applies the {@link SourceGuard} to {@code /webhooks/{provider}} before the controller reads anything. Refusals
 * are exceptions so that the same problem handling as elsewhere writes the answer.
 */
public class SourceGuardInterceptor implements HandlerInterceptor {

    private final SourceGuard guard;
    private final WebhookIngestion ingestion;
    private final WebhookMetrics metrics;

    public SourceGuardInterceptor(SourceGuard guard, WebhookIngestion ingestion, WebhookMetrics metrics) {
        this.guard = guard;
        this.ingestion = ingestion;
        this.metrics = metrics;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String provider = provider(request);
        Verdict verdict = guard.check(provider, request.getRemoteAddr());
        String tag = ingestion.verifierFor(provider).isPresent() ? provider : WebhookMetrics.UNKNOWN_PROVIDER;
        switch (verdict) {
            case Verdict.Pass pass -> {
                return true;
            }
            case Verdict.NotAllowed notAllowed -> {
                metrics.rejected(tag, "source_not_allowed");
                throw new SourceRejectedException(
                        HttpStatus.FORBIDDEN,
                        "SOURCE_NOT_ALLOWED",
                        "This address may not send webhooks for " + provider,
                        null);
            }
            case Verdict.RateLimited limited -> {
                metrics.rejected(tag, "rate_limited");
                throw new SourceRejectedException(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "RATE_LIMITED",
                        "Too many webhooks from this address",
                        limited.retryAfter());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String provider(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object provider = variables instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("provider") : null;
        return provider == null ? "" : provider.toString();
    }
}
