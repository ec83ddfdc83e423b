package com.trustpay.webhook.ingest.application;

import com.trustpay.contracts.ops.Severity;
import com.trustpay.platform.ops.Alert;
import com.trustpay.platform.ops.OpsAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises security alerts about rejected webhooks, throttled per provider and kind by {@link OpsAlerts}:
 * {@code WEBHOOK_SIGNATURE} (bad or missing signature: forgery, or a secret out of step) and
 * {@code WEBHOOK_MALFORMED} (signed but unreadable: an event we may lose, since the provider retries only a few
 * times) and {@code WEBHOOK_PROVIDER_NOT_ENABLED} (a known provider's endpoint is off here, yet it is called). A
 * flood becomes one alert per window that says how many were rejected since when.
 */
public class RejectionAlarm {

    public static final String SIGNATURE = "WEBHOOK_SIGNATURE";
    public static final String MALFORMED = "WEBHOOK_MALFORMED";
    public static final String NOT_ENABLED = "WEBHOOK_PROVIDER_NOT_ENABLED";

    private static final Logger log = LoggerFactory.getLogger(RejectionAlarm.class);

    private final OpsAlerts alerts;

    public RejectionAlarm(OpsAlerts alerts) {
        this.alerts = alerts;
    }

    public void badSignature(String provider, String source) {
        occurred(provider, SIGNATURE, "a bad or missing signature", source);
    }

    public void malformed(String provider, String source) {
        occurred(provider, MALFORMED, "an unreadable body", source);
    }

    public void notEnabled(String provider, String source) {
        occurred(provider, NOT_ENABLED, "a provider that is not enabled", source);
    }

    private void occurred(String provider, String kind, String what, String source) {
        String rejected = "/webhooks/" + provider + " rejected for " + what;
        String last = source == null ? "" : "; last from " + source;
        try {
            alerts.raise(new Alert(
                    Severity.WARNING,
                    kind,
                    null,
                    provider,
                    (count, since) -> count + " webhook(s) to " + rejected + " since " + since + last));
        } catch (RuntimeException e) {
            // The rejection itself must still be answered. The alert is not lost: OpsAlerts counts it again and
            // reports it with the next one, or with its flush once the database is back.
            log.error("Could not raise {} alert (a webhook to {}{}): {}", kind, rejected, last, e.toString());
        }
    }
}
