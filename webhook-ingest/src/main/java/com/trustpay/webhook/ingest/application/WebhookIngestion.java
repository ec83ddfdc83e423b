package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.InboundWebhook;
import com.trustpay.webhook.ingest.domain.MalformedWebhookException;
import com.trustpay.webhook.ingest.domain.ProviderEvent;
import com.trustpay.webhook.ingest.domain.Receipt;
import com.trustpay.webhook.ingest.domain.ReceiptIds;
import com.trustpay.webhook.ingest.domain.WebhookVerifier;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receipt use case: verify, read, then store and publish in one transaction (shared with other receipts by the
 * {@link ReceiptWriter}). The caller answers the provider only after {@link #ingest} returns, so an acknowledged
 * webhook is always committed.
 */
public class WebhookIngestion {

    private final Map<String, WebhookVerifier> verifiers;
    private final Set<String> notEnabled;
    private final ReceiptStore store;
    private final ReceiptWriter writer;
    private final RejectionAlarm alarm;
    private final WebhookMetrics metrics;
    private final TransactionTemplate transaction;
    private final Duration staleAfter;

    /** @param notEnabled providers we know but whose webhooks this deployment does not take */
    public WebhookIngestion(
            Collection<WebhookVerifier> verifiers,
            Set<String> notEnabled,
            ReceiptStore store,
            ReceiptWriter writer,
            RejectionAlarm alarm,
            WebhookMetrics metrics,
            TransactionTemplate transaction,
            Duration staleAfter) {
        this.verifiers = verifiers.stream()
                .collect(Collectors.toUnmodifiableMap(WebhookVerifier::provider, Function.identity()));
        this.notEnabled = Set.copyOf(notEnabled);
        this.store = store;
        this.writer = writer;
        this.alarm = alarm;
        this.metrics = metrics;
        this.transaction = transaction;
        this.staleAfter = staleAfter;
    }

    /** The verifier for a provider named in a path, if it is one we take webhooks from. */
    public Optional<WebhookVerifier> verifierFor(String provider) {
        return Optional.ofNullable(verifiers.get(provider));
    }

    /**
     * Whether {@code provider} is one we know but do not take webhooks from here; if so, counts the request and
     * raises a (throttled) alert: a provider sending to an endpoint that is off is a configuration out of step.
     *
     * @param source the caller's address, for the alert
     */
    public boolean refusedAsNotEnabled(String provider, String source) {
        if (!notEnabled.contains(provider)) {
            return false;
        }
        metrics.rejected(provider, "not_enabled");
        alarm.notEnabled(provider, source);
        return true;
    }

    /**
     * Handles one webhook addressed to {@code verifier}'s provider.
     *
     * @param source the caller's address, for alerts
     */
    public IngestOutcome ingest(WebhookVerifier verifier, InboundWebhook webhook, String source) {
        String provider = verifier.provider();
        if (!verifier.signatureValid(webhook)) {
            metrics.rejected(provider, "signature");
            alarm.badSignature(provider, source);
            return new IngestOutcome.BadSignature();
        }
        metrics.verified(provider);
        ProviderEvent event;
        try {
            event = verifier.parse(webhook);
        } catch (MalformedWebhookException e) {
            return quarantine(verifier, webhook, source, e.getMessage());
        }
        Receipt receipt = Receipt.of(verifier, webhook, event, staleAfter);
        if (!writer.store(receipt)) {
            metrics.duplicate(provider);
            return new IngestOutcome.Duplicate();
        }
        if (receipt.stale()) {
            metrics.stale(provider);
        }
        return new IngestOutcome.Accepted(receipt.receiptId(), receipt.stale());
    }

    private IngestOutcome quarantine(WebhookVerifier verifier, InboundWebhook webhook, String source, String reason) {
        UUID id = ReceiptIds.next();
        transaction.executeWithoutResult(status -> store.quarantine(
                id,
                verifier.provider(),
                reason,
                Receipt.retained(verifier, webhook),
                webhook.body(),
                webhook.receivedAt()));
        metrics.rejected(verifier.provider(), "malformed");
        alarm.malformed(verifier.provider(), source);
        return new IngestOutcome.Malformed(id, reason);
    }
}
