package com.trustpay.platform.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Admin alert settings ({@code trustpay.ops.alerts.*}).
 *
 * @param throttleWindow at most one alert per kind and key per window; repeats are counted into the next one
 *     (default 1 min; zero raises every alert at once)
 */
@ConfigurationProperties("trustpay.ops.alerts")
public record OpsAlertsProperties(Duration throttleWindow) {

    public OpsAlertsProperties {
        throttleWindow = throttleWindow == null ? Duration.ofMinutes(1) : throttleWindow;
        if (throttleWindow.isNegative()) {
            throw new IllegalArgumentException("trustpay.ops.alerts.throttle-window must not be negative");
        }
    }
}
