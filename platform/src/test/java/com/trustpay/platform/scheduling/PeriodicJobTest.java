package com.trustpay.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The job's lifecycle on real threads; every wait is bounded, no test depends on how fast a machine is. */
class PeriodicJobTest {

    private static final Duration EVERY = Duration.ofMillis(10);

    @Test
    void aJobRunsAgainAndAgainUntilStopped() throws Exception {
        CountDownLatch threeRuns = new CountDownLatch(3);
        AtomicInteger runs = new AtomicInteger();
        PeriodicJob job = new PeriodicJob("repeat", Duration.ZERO, EVERY, () -> {
            runs.incrementAndGet();
            threeRuns.countDown();
        });

        job.start();
        assertThat(threeRuns.await(30, TimeUnit.SECONDS)).isTrue();
        job.stop();

        assertThat(job.isRunning()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet())
                .as("the job's thread has ended when stop returns, so no further run can start")
                .noneMatch(thread -> thread.getName().equals("job-repeat"));
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFailingRunDoesNotEndTheJob() throws Exception {
        CountDownLatch secondRun = new CountDownLatch(2);
        PeriodicJob job = new PeriodicJob("failing", Duration.ZERO, EVERY, () -> {
            secondRun.countDown();
            throw new IllegalStateException("database down");
        });

        job.start();
        try {
            assertThat(secondRun.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            job.stop();
        }
    }

    @Test
    void stoppingWaitsForTheRoundInProgressAndWakesASleepingJob() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        PeriodicJob job = new PeriodicJob("slow", Duration.ZERO, Duration.ofHours(1), () -> {
            inRound.countDown();
            try {
                mayFinish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        });
        job.start();
        assertThat(inRound.await(30, TimeUnit.SECONDS)).isTrue();

        CountDownLatch stopped = new CountDownLatch(1);
        job.stop(stopped::countDown);
        assertThat(stopped.getCount()).as("the round is still running").isOne();
        mayFinish.countDown();

        assertThat(stopped.await(30, TimeUnit.SECONDS))
                .as("stopped after the round, without sleeping out the hour")
                .isTrue();
        assertThat(finished).isTrue();
    }

    @Test
    void aJobNeedsANameAndAPositiveInterval() {
        assertThatThrownBy(() -> new PeriodicJob(" ", EVERY, () -> {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeriodicJob("zero", Duration.ZERO, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
