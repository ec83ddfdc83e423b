package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.webhooks.WebhookProperties.Target;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sandbox-only webhook admin: delivery log, redeliver, and run-time target URLs and secrets. */
@RestController
class WebhooksController {

    /** Both providers' targets. */
    record WebhookConfig(Target setu, Target razorpayx) {}

    /** The delivery log. */
    record Deliveries(List<DeliveryView> deliveries) {}

    private final WebhookOutbox outbox;
    private final WebhookTargets targets;

    WebhooksController(WebhookOutbox outbox, WebhookTargets targets) {
        this.outbox = outbox;
        this.targets = targets;
    }

    @GetMapping("/sandbox/webhooks/deliveries")
    Deliveries deliveries(
            @RequestParam(required = false) Provider provider, @RequestParam(required = false) String eventType) {
        return new Deliveries(outbox.log().stream()
                .filter(d -> provider == null || d.provider() == provider)
                .filter(d -> eventType == null || eventType.equals(d.eventType()))
                .toList());
    }

    @PostMapping("/sandbox/webhooks/deliveries/{id}/redeliver")
    ResponseEntity<DeliveryView> redeliver(@PathVariable String id) {
        return ResponseEntity.of(outbox.redeliver(id));
    }

    @GetMapping("/sandbox/webhooks/config")
    WebhookConfig config() {
        return new WebhookConfig(targets.get(Provider.SETU), targets.get(Provider.RAZORPAYX));
    }

    /** Changes the given parts only; omitted providers or fields stay as they are. */
    @PutMapping("/sandbox/webhooks/config")
    WebhookConfig update(@RequestBody WebhookConfig change) {
        if (change.setu() != null) {
            targets.update(Provider.SETU, change.setu());
        }
        if (change.razorpayx() != null) {
            targets.update(Provider.RAZORPAYX, change.razorpayx());
        }
        return config();
    }
}
