package com.trustpay.webhook.ingest.web;

import com.trustpay.webhook.ingest.IngestProperties;
import com.trustpay.webhook.ingest.application.IngestOutcome;
import com.trustpay.webhook.ingest.application.WebhookIngestion;
import com.trustpay.webhook.ingest.application.WebhookMetrics;
import com.trustpay.webhook.ingest.domain.InboundWebhook;
import com.trustpay.webhook.ingest.domain.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/{provider}} for every provider with a verifier. Checks run cheapest first: known
 * provider (404), JSON (415), size (413), signature (401), readable body (400); then the receipt is committed
 * and only then answered with 200.
 */
@RestController
public class WebhookController {

    private final WebhookIngestion ingestion;
    private final WebhookMetrics metrics;
    private final Clock clock;
    private final int maxBodyBytes;

    public WebhookController(
            WebhookIngestion ingestion, WebhookMetrics metrics, Clock clock, IngestProperties properties) {
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.clock = clock;
        this.maxBodyBytes = Math.toIntExact(properties.maxBodySize().toBytes());
    }

    @PostMapping("/webhooks/{provider}")
    public WebhookAck receive(@PathVariable String provider, HttpServletRequest request) throws IOException {
        long started = System.nanoTime();
        String tag = WebhookMetrics.UNKNOWN_PROVIDER;
        String outcome = "error";
        try {
            WebhookVerifier verifier = ingestion
                    .verifierFor(provider)
                    .orElseThrow(() -> new WebhookProblem(
                            HttpStatus.NOT_FOUND, "UNKNOWN_PROVIDER", "No webhooks are taken from " + provider));
            tag = verifier.provider();
            metrics.received(tag);
            WebhookAck ack = answer(ingest(verifier, request));
            outcome = ack.status().toLowerCase(Locale.ROOT);
            return ack;
        } catch (WebhookProblem problem) {
            outcome = problem.code().toLowerCase(Locale.ROOT);
            throw problem;
        } finally {
            metrics.latency(tag, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private IngestOutcome ingest(WebhookVerifier verifier, HttpServletRequest request) throws IOException {
        try {
            WebhookRequests.requireJson(request);
            byte[] body = WebhookRequests.body(request, maxBodyBytes);
            InboundWebhook webhook =
                    new InboundWebhook(verifier.provider(), WebhookRequests.headers(request), body, clock.instant());
            return ingestion.ingest(verifier, webhook, request.getRemoteAddr());
        } catch (WebhookProblem problem) {
            metrics.rejected(verifier.provider(), problem.code().toLowerCase(Locale.ROOT));
            throw problem;
        }
    }

    private static WebhookAck answer(IngestOutcome outcome) {
        return switch (outcome) {
            case IngestOutcome.Accepted accepted -> WebhookAck.accepted(accepted.receiptId(), accepted.stale());
            case IngestOutcome.Duplicate duplicate -> WebhookAck.duplicate();
            case IngestOutcome.BadSignature bad ->
                throw new WebhookProblem(
                        HttpStatus.UNAUTHORIZED,
                        "SIGNATURE_INVALID",
                        "The webhook signature is missing or does not match the body");
            case IngestOutcome.Malformed malformed ->
                throw new WebhookProblem(
                        HttpStatus.BAD_REQUEST,
                        "MALFORMED_WEBHOOK",
                        malformed.reason(),
                        Map.of("quarantineId", malformed.quarantineId()));
        };
    }
}
