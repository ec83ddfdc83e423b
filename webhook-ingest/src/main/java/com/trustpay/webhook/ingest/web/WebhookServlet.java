package com.trustpay.webhook.ingest.web;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import com.trustpay.platform.web.servlet.ServletProblems;
import com.trustpay.webhook.ingest.IngestProperties;
import com.trustpay.webhook.ingest.application.IngestOutcome;
import com.trustpay.webhook.ingest.application.WebhookIngestion;
import com.trustpay.webhook.ingest.application.WebhookMetrics;
import com.trustpay.webhook.ingest.domain.InboundWebhook;
import com.trustpay.webhook.ingest.domain.WebhookVerifier;
import com.trustpay.webhook.shared.web.WebhookPath;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.TransactionException;

/**
 * {@code POST /webhooks/{provider}} for every provider with a verifier. Checks run cheapest first: known and enabled
 * provider (404), the provider's content type (415), size (413), signature (401), readable body (400); then the
 * receipt is committed and only then answered with 200.
 *
 * <p>A plain servlet rather than a Spring MVC controller: this is the hottest path of the service, and handler
 * lookup, argument resolution, message-converter negotiation and advice cost more CPU than all of our own work on
 * a request (see {@code bench/README.md}). Every refusal is an RFC 7807 problem with a stable code; a storage
 * failure is {@code 503 STORAGE_UNAVAILABLE} (nothing was acknowledged, so the provider retries).
 *
 * <p>A form-urlencoded body (PayU) is read from the input stream like any other and decoded by its verifier. Nothing
 * in front of this servlet may call {@code getParameter}: on a form POST that makes the container consume the body,
 * and the hash could no longer be checked over the bytes received ({@code ProviderCallbacksIT} posts one).
 */
public class WebhookServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger log = LoggerFactory.getLogger(WebhookServlet.class);

    private final transient WebhookIngestion ingestion;
    private final transient WebhookMetrics metrics;
    private final transient Clock clock;
    private final transient ServletProblems problems;
    private final int maxBodyBytes;

    public WebhookServlet(
            WebhookIngestion ingestion,
            WebhookMetrics metrics,
            Clock clock,
            IngestProperties properties,
            ServletProblems problems) {
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.clock = clock;
        this.problems = problems;
        this.maxBodyBytes = Math.toIntExact(properties.maxBodySize().toBytes());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            problems.write(
                    request,
                    response,
                    Problem.of(
                            HttpStatus.METHOD_NOT_ALLOWED,
                            ProblemCodes.METHOD_NOT_ALLOWED,
                            "Webhooks are sent with POST"));
            return;
        }
        receive(request, response);
    }

    private void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        String tag = WebhookMetrics.UNKNOWN_PROVIDER;
        String outcome = "error";
        try {
            String provider = WebhookPath.provider(request);
            WebhookVerifier verifier = ingestion.verifierFor(provider).orElseThrow(() -> notTaken(provider, request));
            tag = verifier.provider();
            metrics.received(tag);
            WebhookAck ack = answer(ingest(verifier, request));
            outcome = ack.status().toLowerCase(Locale.ROOT);
            write(response, ack);
        } catch (WebhookProblem problem) {
            outcome = problem.code().toLowerCase(Locale.ROOT);
            problems.write(request, response, problem.problem());
        } catch (DataAccessException | TransactionException e) {
            log.error("Webhook not stored: {}", e.toString());
            outcome = "storage_unavailable";
            problems.write(
                    request,
                    response,
                    Problem.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "STORAGE_UNAVAILABLE",
                            "The webhook could not be stored; retry later"));
        } catch (RuntimeException e) {
            log.error("Webhook failed", e);
            problems.write(
                    request,
                    response,
                    Problem.of(
                            HttpStatus.INTERNAL_SERVER_ERROR,
                            ProblemCodes.INTERNAL_ERROR,
                            "Something went wrong on our side"));
        } finally {
            metrics.latency(tag, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** A known provider that is off here, or one we have never heard of; both 404, with their own codes. */
    private WebhookProblem notTaken(String provider, HttpServletRequest request) {
        if (ingestion.refusedAsNotEnabled(provider, request.getRemoteAddr())) {
            return new WebhookProblem(
                    HttpStatus.NOT_FOUND,
                    "PROVIDER_NOT_ENABLED",
                    "Webhooks from " + provider + " are not enabled on this deployment");
        }
        return new WebhookProblem(HttpStatus.NOT_FOUND, "UNKNOWN_PROVIDER", "No webhooks are taken from " + provider);
    }

    private IngestOutcome ingest(WebhookVerifier verifier, HttpServletRequest request) throws IOException {
        try {
            WebhookRequests.requireContentType(request, verifier.contentType());
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

    private static void write(HttpServletResponse response, WebhookAck ack) throws IOException {
        byte[] bytes = ack.json().getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
