package com.trustpay.payment.polling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private final Instant created = Instant.parse("2026-01-10T10:00:00Z");
    private final PollSchedule schedule = PollSchedule.DEFAULT;

    @Test
    void firstPollIsTwentySecondsAfterCreation() {
        assertThat(schedule.next(created, created)).isEqualTo(created.plusSeconds(20));
    }

    @Test
    void pollsEveryThreeSecondsForTheFirstHalfMinute() {
        assertThat(schedule.next(created, created.plusSeconds(20))).isEqualTo(created.plusSeconds(23));
        assertThat(schedule.next(created, created.plusSeconds(49))).isEqualTo(created.plusSeconds(52));
    }

    @Test
    void slowsDownPhaseByPhase() {
        assertThat(schedule.next(created, created.plusSeconds(50))).isEqualTo(created.plusSeconds(56));
        assertThat(schedule.next(created, created.plusSeconds(110))).isEqualTo(created.plusSeconds(120));
        assertThat(schedule.next(created, created.plusSeconds(170))).isEqualTo(created.plusSeconds(200));
    }

    @Test
    void thenPollsEveryMinute() {
        assertThat(schedule.next(created, created.plusSeconds(230))).isEqualTo(created.plusSeconds(290));
        assertThat(schedule.next(created, created.plusSeconds(3600))).isEqualTo(created.plusSeconds(3660));
    }
}
