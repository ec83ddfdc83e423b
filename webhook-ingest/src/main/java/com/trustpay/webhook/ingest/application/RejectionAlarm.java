package com.trustpay.webhook.ingest.application;

import com.trustpay.webhook.ingest.domain.AlertThrottle;
import com.trustpay.webhook.ingest.domain.AlertThrottle.Burst;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Raises security alerts about rejected webhooks, throttled per provider and kind: {@code WEBHOOK_SIGNATURE}
 * (bad or missing signature: forgery, or a secret out of step) and {@code WEBHOOK_MALFORMED} (signed but
 * unreadable: an event we may lose, since the provider retries only a few times).
 */
public class RejectionAlarm {

    public static final String SIGNATURE = "WEBHOOK_SIGNATURE";
    public static final String MALFORMED = "WEBHOOK_MALFORMED";

    private static final Logger log = LoggerFactory.getLogger(RejectionAlarm.class);

    private final AlertThrottle<Key> throttle;
    private final OpsAlerts alerts;
    private final Clock clock;

    public RejectionAlarm(OpsAlerts alerts, Clock clock, Duration interval) {
        this.throttle = new AlertThrottle<>(interval);
        this.alerts = alerts;
        this.clock = clock;
    }

    public void badSignature(String provider, String source) {
        occurred(new Key(provider, SIGNATURE), source);
    }

    public void malformed(String provider, String source) {
        occurred(new Key(provider, MALFORMED), source);
    }

    /** Reports rejections still counted from a quiet interval. */
    @Scheduled(fixedDelayString = "${webhook.alert-interval:60s}", initialDelayString = "${webhook.alert-interval:60s}")
    public void flush() {
        throttle.due(clock.instant()).forEach(burst -> raise(burst, null));
    }

    private void occurred(Key key, String source) {
        throttle.occurred(key, clock.instant()).ifPresent(burst -> raise(burst, source));
    }

    private void raise(Burst<Key> burst, String lastSource) {
        Key key = burst.key();
        String what = SIGNATURE.equals(key.kind()) ? "a bad or missing signature" : "an unreadable body";
        String detail = burst.count() + " webhook(s) to /webhooks/" + key.provider() + " rejected for " + what
                + " since " + burst.since() + (lastSource == null ? "" : "; last from " + lastSource);
        try {
            alerts.raise(key.kind(), detail);
        } catch (RuntimeException e) {
            // The rejection itself must still be answered; the alert is lost only if the database is down too.
            log.error("Could not raise {} alert ({}): {}", key.kind(), detail, e.toString());
        }
    }

    private record Key(String provider, String kind) {}
}
