package com.trustpay.gateway.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /ui-config.json}: the deployment facts the UI adapts to. */
@RestController
class UiSettingsController {

    private final UiSettings settings;

    UiSettingsController(
            @Value("${trustpay.sandbox.enabled:false}") boolean sandbox,
            @Value("${trustpay.ui.poll-millis:2500}") int pollMillis) {
        this.settings = new UiSettings(sandbox, pollMillis);
    }

    @GetMapping("/ui-config.json")
    UiSettings settings() {
        return settings;
    }
}
