package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.webhook.ingest.domain.AlertThrottle.Burst;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private final AlertThrottle<String> throttle = new AlertThrottle<>(Duration.ofMinutes(1));

    @Test
    void theFirstRejectionAlertsAtOnce() {
        assertThat(throttle.occurred("setu", T0)).contains(new Burst<>("setu", 1, T0));
    }

    @Test
    void rejectionsWithinTheIntervalAreCountedIntoTheNextAlert() {
        throttle.occurred("setu", T0);

        assertThat(throttle.occurred("setu", T0.plusSeconds(10))).isEmpty();
        assertThat(throttle.occurred("setu", T0.plusSeconds(20))).isEmpty();
        assertThat(throttle.occurred("setu", T0.plusSeconds(60))).contains(new Burst<>("setu", 3, T0.plusSeconds(10)));
    }

    @Test
    void eachKeyHasItsOwnInterval() {
        throttle.occurred("setu", T0);

        assertThat(throttle.occurred("razorpayx", T0.plusSeconds(1))).isPresent();
    }

    @Test
    void aQuietIntervalReleasesTheCountedRejections() {
        throttle.occurred("setu", T0);
        throttle.occurred("setu", T0.plusSeconds(5));

        assertThat(throttle.due(T0.plusSeconds(30))).isEmpty();
        assertThat(throttle.due(T0.plusSeconds(61))).containsExactly(new Burst<>("setu", 1, T0.plusSeconds(5)));
        assertThat(throttle.due(T0.plusSeconds(200))).isEmpty();
    }
}
