package com.trustpay.sandbox.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    @Test
    void virtualDelaysRunSpeedTimesFaster() throws Exception {
        try (VirtualClock clock = new VirtualClock(600)) {
            assertThat(clock.toReal(Duration.ofMinutes(30))).isEqualTo(Duration.ofSeconds(3));
            CountDownLatch fired = new CountDownLatch(1);
            long t0 = System.nanoTime();
            clock.schedule(Duration.ofMinutes(1), fired::countDown);
            assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(95);
        }
    }

    @Test
    void resetDisarmsTasksScheduledBeforeIt() throws Exception {
        try (VirtualClock clock = new VirtualClock(1000)) {
            AtomicBoolean ran = new AtomicBoolean();
            clock.schedule(Duration.ofSeconds(50), () -> ran.set(true));
            clock.reset();
            CountDownLatch later = new CountDownLatch(1);
            clock.schedule(Duration.ofSeconds(100), later::countDown);
            assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).isFalse();
        }
    }

    @Test
    void speedMustBePositive() {
        assertThatThrownBy(() -> new VirtualClock(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
