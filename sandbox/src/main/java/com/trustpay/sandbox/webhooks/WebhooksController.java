package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.webhooks.WebhookProperties.Target;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Sandbox-only webhook admin: delivery log, redeliver, and run-time target URLs and secrets. */
@RestController
class WebhooksController {

    /** Every provider's target. */
    record WebhookConfig(Target setu, Target razorpayx, Target phonepe) {}

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
        return new WebhookConfig(
                targets.get(Provider.SETU), targets.get(Provider.RAZORPAYX), targets.get(Provider.PHONEPE));
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
        if (change.phonepe() != null) {
            checkPhonePeCredentials(change.phonepe());
            targets.update(Provider.PHONEPE, change.phonepe());
        }
        return config();
    }

    /** PhonePe's dashboard rules (PROVIDERS.md 2.6): username 5-20 of [A-Za-z0-9_]; password 8-20 with letters and digits. */
    private static void checkPhonePeCredentials(Target change) {
        if (change.username() != null && !change.username().matches("[A-Za-z0-9_]{5,20}")) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "phonepe.username must be 5-20 letters, digits or '_'");
        }
        if (change.password() != null
                && !(change.password().matches("[A-Za-z0-9]{8,20}")
                        && change.password().matches(".*[A-Za-z].*")
                        && change.password().matches(".*[0-9].*"))) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "phonepe.password must be 8-20 characters with both letters and digits");
        }
    }
}
