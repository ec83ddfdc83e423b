package com.trustpay.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.platform.MovingClock;
import com.trustpay.platform.PlatformTestApplication;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.testsupport.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admin alerts through the real outbox on real PostgreSQL. The throttle's time is a clock the test moves; each test
 * tells its alerts apart by an escrow id or key of its own.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
@RealInfrastructure
class OpsAlertsIT {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Autowired
    OpsAlerts platformAlerts;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EnvelopeCodec codec;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void theSourceIsTheApplicationName() {
        UUID escrow = UUID.randomUUID();

        platformAlerts.raise(Severity.CRITICAL, "PAYOUT_FAILED", escrow, "round 1 failed");

        AdminAlert alert = alertsAbout(escrow).getFirst();
        assertThat(platformAlerts.source()).isEqualTo("platform-test");
        assertThat(alert.source()).isEqualTo("platform-test");
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.kind()).isEqualTo("PAYOUT_FAILED");
        assertThat(alert.detail()).isEqualTo("round 1 failed");
    }

    @Test
    void repeatsWithinTheWindowAreHeldBackAndReportedTogether() {
        OpsAlerts alerts = throttled();
        UUID escrow = UUID.randomUUID();
        Instant first = clock.instant();

        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", escrow, "one");
        clock.advance(Duration.ofSeconds(10));
        Instant firstRepeat = clock.instant();
        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", escrow, "two");
        clock.advance(Duration.ofSeconds(10));
        alerts.raise(Severity.CRITICAL, "PAYOUT_STUCK", escrow, "three");
        clock.advance(Duration.ofSeconds(10));
        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", escrow, "four");

        assertThat(alertsAbout(escrow)).extracting(AdminAlert::detail).containsExactly("one");
        assertThat(alertsAbout(escrow).getFirst().raisedAt()).isEqualTo(first);

        clock.advance(WINDOW);
        assertThat(alerts.flush()).isEqualTo(1);
        AdminAlert together = alertsAbout(escrow).getLast();
        assertThat(together.detail()).isEqualTo("four (3 occurrences since " + firstRepeat + ")");
        assertThat(together.severity())
                .as("the highest severity of the repeats")
                .isEqualTo(Severity.CRITICAL);
        assertThat(alerts.flush()).as("nothing left to report").isZero();
    }

    @Test
    void eachKindAndKeyHasItsOwnWindow() {
        OpsAlerts alerts = throttled();
        UUID escrow = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", escrow, "stuck");
        alerts.raise(Severity.CRITICAL, "PAYOUT_FAILED", escrow, "failed");
        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", other, "other stuck");

        assertThat(alertsAbout(escrow))
                .extracting(AdminAlert::kind)
                .containsExactlyInAnyOrder("PAYOUT_STUCK", "PAYOUT_FAILED");
        assertThat(alertsAbout(other)).hasSize(1);
    }

    @Test
    void alertsWithoutAnEscrowCanBeCountedByAKeyOfTheirOwn() {
        OpsAlerts alerts = throttled();
        String marker = UUID.randomUUID().toString();
        Alert unmatched = Alert.of(Severity.WARNING, "WEBHOOK_UNMATCHED", null, "unmatched " + marker);

        alerts.raise(unmatched.withKey("pay-1"));
        alerts.raise(unmatched.withKey("pay-2"));
        alerts.raise(unmatched.withKey("pay-1"));

        assertThat(alertsMentioning(marker))
                .as("one per resource, the repeat held back")
                .hasSize(2);
    }

    @Test
    void aCallerKeyAndTextCountTheRepeatsTheirOwnWay() {
        OpsAlerts alerts = throttled();
        String provider = "setu-" + UUID.randomUUID();
        Alert.Detail detail = (n, since) -> n + " rejected at /webhooks/" + provider + " since " + since;

        alerts.raise(new Alert(Severity.WARNING, "WEBHOOK_SIGNATURE", null, provider, detail));
        Instant repeat = clock.advance(Duration.ofSeconds(1));
        alerts.raise(new Alert(Severity.WARNING, "WEBHOOK_SIGNATURE", null, provider, detail));
        clock.advance(WINDOW);
        alerts.raise(new Alert(Severity.WARNING, "WEBHOOK_SIGNATURE", null, provider, detail));

        assertThat(alertsMentioning(provider))
                .extracting(AdminAlert::detail)
                .containsExactly(
                        "1 rejected at /webhooks/" + provider + " since " + Instant.parse("2026-12-01T10:00:00Z"),
                        "2 rejected at /webhooks/" + provider + " since " + repeat);
    }

    @Test
    void anAlertRaisedInATransactionThatRollsBackIsNotSentAndHoldsNothingBack() {
        OpsAlerts alerts = throttled();
        UUID escrow = UUID.randomUUID();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    alerts.raise(Severity.CRITICAL, "DOUBLE_PAYOUT", escrow, "lost with its transaction");
                    throw new IllegalStateException("the state change failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(alertsAbout(escrow)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        tx.executeWithoutResult(status -> alerts.raise(Severity.CRITICAL, "DOUBLE_PAYOUT", escrow, "committed"));

        assertThat(alertsAbout(escrow))
                .extracting(AdminAlert::detail)
                .singleElement()
                .asString()
                .startsWith("committed (2 occurrences since");
    }

    @Test
    void withoutAWindowEveryAlertGoesOutAtOnce() {
        OpsAlerts alerts = new OpsAlerts(outbox, tx, clock, "platform-test", Duration.ZERO);
        UUID escrow = UUID.randomUUID();

        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", escrow, "one");
        alerts.raise(Severity.WARNING, "PAYOUT_STUCK", escrow, "two");

        assertThat(alertsAbout(escrow)).extracting(AdminAlert::detail).containsExactly("one", "two");
        assertThat(alerts.flush()).isZero();
    }

    private OpsAlerts throttled() {
        return new OpsAlerts(outbox, tx, clock, "platform-test", WINDOW);
    }

    private List<AdminAlert> alertsAbout(UUID escrow) {
        return alerts("message_key = '" + escrow + "'");
    }

    private List<AdminAlert> alertsMentioning(String text) {
        return alerts("convert_from(envelope, 'UTF8') LIKE '%" + text + "%'");
    }

    private List<AdminAlert> alerts(String where) {
        return jdbc.query(
                "SELECT envelope FROM outbox_message WHERE type = 'AdminAlert' AND " + where + " ORDER BY id",
                (rs, i) -> codec.decode(rs.getBytes(1)).payloadAs(AdminAlert.class));
    }
}
