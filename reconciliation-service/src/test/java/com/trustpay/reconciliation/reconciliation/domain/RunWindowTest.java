package com.trustpay.reconciliation.reconciliation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunWindowTest {

    @Test
    void theDailyRunCoversThePreviousIstDay() {
        // 2026-12-02 01:00 IST is 2026-12-01 19:30 UTC: "yesterday" in IST is 1 December.
        RunWindow w = RunWindow.previousIstDay(Instant.parse("2026-12-01T19:30:00Z"));

        assertThat(w.from()).isEqualTo(Instant.parse("2026-11-30T18:30:00Z"));
        assertThat(w.to()).isEqualTo(Instant.parse("2026-12-01T18:30:00Z"));
        assertThat(w.key()).isEqualTo("DAILY:2026-12-01");
        assertThat(w.trigger()).isEqualTo(RunTrigger.DAILY);
    }

    @Test
    void theRollingWindowIsTheLastWholeOneAndItsKeyIsStableWithinIt() {
        Duration every = Duration.ofMinutes(15);
        RunWindow a = RunWindow.rolling(Instant.parse("2026-12-01T10:16:00Z"), every);
        RunWindow b = RunWindow.rolling(Instant.parse("2026-12-01T10:29:59Z"), every);

        assertThat(a.from()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(a.to()).isEqualTo(Instant.parse("2026-12-01T10:15:00Z"));
        assertThat(b.key()).isEqualTo(a.key());
        assertThat(RunWindow.rolling(Instant.parse("2026-12-01T10:30:00Z"), every)
                        .key())
                .isNotEqualTo(a.key());
    }

    @Test
    void aManualRangeMustBeForwardsAndAtMostAMonth() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(RunWindow.manual(t, t.plusSeconds(1)).key()).isNull();
        assertThatThrownBy(() -> RunWindow.manual(t, t))
                .isInstanceOf(InvalidRangeException.class)
                .extracting("code")
                .isEqualTo("RECONCILIATION_RANGE_INVALID");
        assertThatThrownBy(() -> RunWindow.manual(t, t.plus(Duration.ofDays(32))))
                .isInstanceOf(InvalidRangeException.class);
    }
}
