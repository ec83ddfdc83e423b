package com.trustpay.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.ops.AlertThrottle.Burst;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private final AlertThrottle<String, String> throttle = new AlertThrottle<>(Duration.ofMinutes(1));

    @Test
    void theFirstOccurrenceAlertsAtOnce() {
        assertThat(throttle.occurred("setu", "a", T0)).contains(new Burst<>("setu", 1, T0, "a"));
    }

    @Test
    void occurrencesWithinTheWindowAreCountedIntoTheNextAlert() {
        throttle.occurred("setu", "a", T0);

        assertThat(throttle.occurred("setu", "b", T0.plusSeconds(10))).isEmpty();
        assertThat(throttle.occurred("setu", "c", T0.plusSeconds(20))).isEmpty();
        assertThat(throttle.occurred("setu", "d", T0.plusSeconds(60)))
                .contains(new Burst<>("setu", 3, T0.plusSeconds(10), "d"));
    }

    @Test
    void eachKeyHasItsOwnWindow() {
        throttle.occurred("setu", "a", T0);

        assertThat(throttle.occurred("razorpayx", "b", T0.plusSeconds(1))).isPresent();
    }

    @Test
    void aQuietWindowReleasesTheCountedOccurrences() {
        throttle.occurred("setu", "a", T0);
        throttle.occurred("setu", "b", T0.plusSeconds(5));

        assertThat(throttle.due(T0.plusSeconds(30))).isEmpty();
        assertThat(throttle.due(T0.plusSeconds(61))).containsExactly(new Burst<>("setu", 1, T0.plusSeconds(5), "b"));
        assertThat(throttle.due(T0.plusSeconds(200))).isEmpty();
    }

    @Test
    void aBurstMergesItsValues() {
        AlertThrottle<String, Integer> highest = new AlertThrottle<>(Duration.ofMinutes(1), Math::max);
        highest.occurred("k", 1, T0);
        highest.occurred("k", 3, T0.plusSeconds(1));
        highest.occurred("k", 2, T0.plusSeconds(2));

        assertThat(highest.due(T0.plusSeconds(60))).containsExactly(new Burst<>("k", 2, T0.plusSeconds(1), 3));
    }

    @Test
    void aBurstNotSentIsCountedAgainAndReportedWithoutWaitingForTheWindow() {
        Burst<String, String> lost = throttle.occurred("setu", "a", T0).orElseThrow();
        throttle.notSent(lost);

        assertThat(throttle.occurred("setu", "b", T0.plusSeconds(1)))
                .as("the window of an alert that never went out is not held against the next one")
                .contains(new Burst<>("setu", 2, T0, "b"));
    }

    @Test
    void aBurstNotSentIsReportedByTheNextFlush() {
        throttle.notSent(throttle.occurred("setu", "a", T0).orElseThrow());

        assertThat(throttle.due(T0.plusSeconds(1))).containsExactly(new Burst<>("setu", 1, T0, "a"));
    }
}
