package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.faults.FaultSettings;
import com.trustpay.sandbox.faults.WebhookFaults;
import com.trustpay.sandbox.webhooks.WebhookProperties.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts notifications, applies webhook faults, sends them on the virtual clock and retries failures with the
 * provider's backoff. Every attempt of one notification carries the same event id and the same bytes.
 */
public class WebhookOutbox implements Resettable {

    private final VirtualClock clock;
    private final FaultSettings faults;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final JsonMapper json;
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    WebhookOutbox(
            VirtualClock clock, FaultSettings faults, WebhookTargets targets, WebhookSender sender, JsonMapper json) {
        this.clock = clock;
        this.faults = faults;
        this.targets = targets;
        this.sender = sender;
        this.json = json;
    }

    /**
     * Queues one notification; it is sent asynchronously. The body is written as JSON once, here, so every attempt
     * and every duplicate carries the same bytes and the same signature.
     */
    public void publish(Provider provider, String eventType, String eventId, Map<String, Object> body) {
        publish(provider, eventType, eventId, json.writeValueAsBytes(body));
    }

    private void publish(Provider provider, String eventType, String eventId, byte[] body) {
        WebhookFaults wf = faults.get().webhooks();
        Delivery original = newDelivery(provider, eventType, eventId, body, null);
        if (FaultSettings.roll(wf.dropRate())) {
            original.markDropped();
            return;
        }
        start(original, wf);
        if (FaultSettings.roll(wf.duplicateRate())) {
            start(newDelivery(provider, eventType, eventId, body, original.id()), wf);
        }
    }

    /** Sends a delivery again now (any status), recording it as a manual attempt. */
    public Optional<DeliveryView> redeliver(String id) {
        Delivery delivery = deliveries.get(id);
        if (delivery == null) {
            return Optional.empty();
        }
        attempt(delivery, true);
        return Optional.of(delivery.view());
    }

    public List<DeliveryView> log() {
        return deliveries.values().stream()
                .map(Delivery::view)
                .sorted(Comparator.comparing(DeliveryView::id))
                .toList();
    }

    @Override
    public void reset() {
        deliveries.clear();
    }

    private Delivery newDelivery(Provider p, String type, String eventId, byte[] body, String duplicateOf) {
        String id = "whd_%012d".formatted(sequence.incrementAndGet());
        Delivery delivery = new Delivery(id, p, type, eventId, body, duplicateOf);
        deliveries.put(id, delivery);
        return delivery;
    }

    private void start(Delivery delivery, WebhookFaults wf) {
        long holdMs = FaultSettings.roll(wf.reorderRate()) ? wf.reorderDelayMs() : 0;
        Duration virtualHold = Duration.ofNanos((long) (holdMs * 1_000_000L * clock.speed()));
        delivery.scheduled(clock.now().plusMillis(holdMs));
        clock.schedule(virtualHold, () -> attempt(delivery, false));
    }

    private void attempt(Delivery delivery, boolean manual) {
        if (!manual && delivery.delivered()) {
            return;
        }
        Target target = targets.get(delivery.provider());
        int number = delivery.attemptCount() + 1;
        DeliveryAttempt attempt;
        Instant now = clock.now();
        if (faults.get().webhooks().inOutage(now)) {
            attempt = new DeliveryAttempt(number, now, target.url(), null, "outage (fault injection)", 0, manual);
        } else {
            Map<String, String> headers =
                    delivery.provider().signatureHeaders(delivery.body(), target, delivery.eventId());
            attempt = sender.send(number, target.url(), delivery.body(), headers, manual);
        }
        if (manual) {
            delivery.recordManual(attempt);
            return;
        }
        if (attempt.succeeded()) {
            delivery.record(attempt, DeliveryStatus.DELIVERED, null);
            return;
        }
        List<Duration> backoff = target.retryBackoff();
        int retryIndex = number - 1;
        if (backoff == null || retryIndex >= backoff.size()) {
            delivery.record(attempt, DeliveryStatus.FAILED, null);
            return;
        }
        Duration wait = backoff.get(retryIndex);
        delivery.record(attempt, DeliveryStatus.PENDING, clock.now().plus(clock.toReal(wait)));
        clock.schedule(wait, () -> attempt(delivery, false));
    }
}
