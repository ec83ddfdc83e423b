package com.trustpay.webhook.guard.web;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import com.trustpay.platform.web.servlet.ServletProblems;
import com.trustpay.webhook.guard.application.SourceGuard;
import com.trustpay.webhook.guard.application.SourceGuard.Verdict;
import com.trustpay.webhook.ingest.application.WebhookIngestion;
import com.trustpay.webhook.ingest.application.WebhookMetrics;
import com.trustpay.webhook.shared.web.WebhookPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Applies the {@link SourceGuard} to {@code /webhooks/{provider}} before anything reads the body: 403
 * {@code SOURCE_NOT_ALLOWED} for an address outside the provider's allow-list, 429 {@code RATE_LIMITED} with
 * {@code Retry-After} (whole seconds, at least 1) for a source over its rate.
 */
public class SourceGuardFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SourceGuard guard;
    private final transient WebhookIngestion ingestion;
    private final transient WebhookMetrics metrics;
    private final transient ServletProblems problems;

    public SourceGuardFilter(
            SourceGuard guard, WebhookIngestion ingestion, WebhookMetrics metrics, ServletProblems problems) {
        this.guard = guard;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.problems = problems;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String provider = WebhookPath.provider(request);
        Verdict verdict = guard.check(provider, request.getRemoteAddr());
        switch (verdict) {
            case Verdict.Pass pass -> chain.doFilter(request, response);
            case Verdict.NotAllowed notAllowed -> {
                metrics.rejected(tag(provider), "source_not_allowed");
                problems.write(
                        request,
                        response,
                        Problem.of(
                                HttpStatus.FORBIDDEN,
                                "SOURCE_NOT_ALLOWED",
                                "This address may not send webhooks for " + provider));
            }
            case Verdict.RateLimited limited -> {
                metrics.rejected(tag(provider), "rate_limited");
                long seconds = retryAfterSeconds(limited.retryAfter());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(
                        request,
                        response,
                        Problem.of(
                                        HttpStatus.TOO_MANY_REQUESTS,
                                        ProblemCodes.RATE_LIMITED,
                                        "Too many webhooks from this address")
                                .with("retryAfterSeconds", seconds));
            }
        }
    }

    private String tag(String provider) {
        return ingestion.verifierFor(provider).isPresent() ? provider : WebhookMetrics.UNKNOWN_PROVIDER;
    }

    /** Whole seconds, rounded up, at least 1. */
    static long retryAfterSeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
