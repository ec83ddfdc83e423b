package com.trustpay.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.reconciliation.ReconciliationReport;
import com.trustpay.reconciliation.support.Admin;
import com.trustpay.reconciliation.support.Feed;
import com.trustpay.reconciliation.support.ReconciliationServiceIT;
import com.trustpay.reconciliation.support.Story;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The false-positive check: a day of clean lifecycles, some payments still inside their validity and some payouts
 * still processing, reconciles to zero mismatches.
 */
@SpringBootTest(
        properties = {
            "trustpay.reconciliation.scheduled=false",
            "trustpay.outbox.poll-interval=100ms",
            // The two-way comparison only: the third side has ProviderSideIT.
            "trustpay.reconciliation.payment-service.url="
        })
class CleanDayIT extends ReconciliationServiceIT {

    private static final long AMOUNT = 250_000;

    @Test
    void aDayOfCleanLifecyclesYieldsNoMismatch() {
        Feed feed = feed();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant dayStart = now.minus(Duration.ofHours(20));
        int stories = 0;
        for (int i = 0; i < 48; i++) {
            tell(feed, i, dayStart.plus(Duration.ofMinutes(20L * i)), now);
            stories++;
        }
        Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(8))).joined().requested();
        Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(50))).joined().requested(Duration.ofHours(2));
        Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(40)))
                .joined()
                .requested()
                .paid()
                .held()
                .releasing();
        Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(30)))
                .joined()
                .requested()
                .paid()
                .held()
                .refunding();
        stories += 4;
        // Milestones and split decisions (issue 18 item 3): paid one by one, a split, a refund of what milestones
        // left, and a milestone's payout still processing.
        Instant earlier = dayStart.plus(Duration.ofHours(2));
        Story.held(feed, AMOUNT, earlier).milestonePaidOut(1, 50_000).milestonePaidOut(2, 75_000);
        Story.held(feed, AMOUNT, earlier).splitPaidOut(75_000).refundedRest(50_000);
        Story.held(feed, AMOUNT, earlier).milestonePaidOut(1, 50_000).refundedRest(75_000);
        Story.held(feed, AMOUNT, now.minus(Duration.ofMinutes(40)))
                .milestonePaidOut(1, 50_000)
                .milestoneReleasing(2, 75_000);
        stories += 4;
        awaitHandled(feed);

        Admin.Answer run = admin.post(
                "/api/admin/reconciliation/runs",
                Map.of(
                        "from",
                        dayStart.minus(Duration.ofHours(1)).toString(),
                        "to",
                        now.plusSeconds(1).toString()));

        assertThat(run.status()).as(run.body()).isEqualTo(201);
        assertThat(run.json().get("run").get("escrowsChecked").asInt()).isEqualTo(stories);
        assertThat(run.json().get("run").get("mismatches").asInt())
                .as(run.body())
                .isZero();
        assertThat(run.json().get("mismatches").size()).isZero();
        UUID runId = UUID.fromString(run.json().get("run").get("id").asString());
        try (TopicRecorder reports = TopicRecorder.fromStart(
                TestKafka.instance().bootstrapServers(), topics.of(Topics.RECONCILIATION_REPORTS))) {
            ReconciliationReport report = reports.await(
                            r -> r.is(ReconciliationReport.class) && r.key().equals(runId.toString()))
                    .as(ReconciliationReport.class);
            assertThat(report.mismatches()).isEmpty();
            assertThat(report.counts()).containsEntry("mismatches", 0L).containsEntry("escrowsChecked", (long) stories);
        }
        assertThat(admin.get("/api/admin/reconciliation?from=" + dayStart.minus(Duration.ofHours(1)) + "&to="
                                + now.plusSeconds(1))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    /** Eight kinds of clean story, all settled long ago except where their validity or processing says otherwise. */
    private static void tell(Feed feed, int i, Instant start, Instant now) {
        Story s = Story.of(feed, AMOUNT + 100L * i, start).joined();
        switch (i % 8) {
            case 0 -> s.requested().paid().held();
            case 1 -> s.requested().paid().held().paidOut();
            case 2 -> s.requested().paid().held().refunding().refundSucceeded().refunded();
            case 3 -> s.requested().failed().requested().paid().held().paidOut();
            case 4 -> s.requested().expired();
            case 5 ->
                s.requested()
                        .paid()
                        .held()
                        .releasing()
                        .payoutRetried()
                        .payoutSucceeded(AMOUNT + 100L * i)
                        .released();
            case 6 -> s.requested(Duration.between(start, now).plusHours(1));
            default -> s.cancelled("AWAITING_PAYMENT");
        }
    }
}
