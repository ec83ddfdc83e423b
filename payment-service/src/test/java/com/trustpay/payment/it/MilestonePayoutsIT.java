package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.databind.JsonNode;

/**
 * Milestones and split decisions (issue 18 item 3): an escrow paid out one milestone at a time, each milestone at
 * most once; an admin's split is a payout of part and a refund of the rest; whatever the commands say, payouts and
 * refunds together never take more than was collected.
 */
class MilestonePayoutsIT extends PaymentServiceItSupport {

    @Test
    void milestonesArePaidOneByOneBySeparateCommandsAndEachEventNamesItsMilestone() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 300_000);

        send(escrow, milestone(escrow, 1, 1, 100_000, "success@okicici"));
        send(escrow, milestone(escrow, 2, 1, 150_000, "success@okicici"));

        List<PayoutSucceeded> paid = awaitPaid(escrow, 2);
        assertThat(paid).extracting(PayoutSucceeded::milestone).containsExactly(1, 2);
        assertThat(paid).extracting(PayoutSucceeded::amountPaise).containsExactly(100_000L, 150_000L);
        assertThat(paid.get(0).payoutReference()).endsWith("M1-1-1").hasSizeLessThanOrEqualTo(36);
        assertThat(paid.get(1).payoutReference()).endsWith("M2-1-1");
        assertThat(published.messages(PayoutInitiated.class, escrow))
                .extracting(PayoutInitiated::milestone)
                .containsExactlyInAnyOrder(1, 2);
        JsonNode ledger = settledLedger(escrow);
        assertThat(ledger.path("paidOutPaise").asLong()).isEqualTo(250_000);
        assertThat(ledger.path("heldPaise").asLong()).isEqualTo(50_000);
    }

    @Test
    void aMilestonesCommandRedeliveredOrPublishedAgainPaysOnce() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 200_000);
        byte[] command = codec.encode(codec.wrap(milestone(escrow, 1, 1, 100_000, "success@okicici")));

        send(escrow, command);
        send(escrow, command);
        send(escrow, milestone(escrow, 1, 1, 100_000, "success@okicici"));
        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);

        await().atMost(WAIT)
                .until(() -> count("kind = 'DECISION' AND detail LIKE ?", escrow, "milestone 1 round 1 exists%") == 1);
        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
        assertThat(sandbox.get("/sandbox/payouts")).contains("\"" + paid.payoutReference() + "\":1");
        assertThat(settledLedger(escrow).path("paidOutPaise").asLong()).isEqualTo(100_000);
    }

    @Test
    void theDatabaseRefusesASecondSuccessForOneMilestoneButNotForAnother() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 300_000);
        send(escrow, milestone(escrow, 1, 1, 100_000, "success@okicici"));
        send(escrow, milestone(escrow, 2, 1, 100_000, "success@okicici"));
        awaitPaid(escrow, 2);

        // whatever the code does: another attempt of milestone 1 may be stored, but never a second success
        assertThat(copyOfMilestone1("FAILED", escrow)).isEqualTo(1);
        assertThatThrownBy(() -> copyOfMilestone1("SUCCEEDED", escrow))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("payout_one_success_per_milestone");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM payout WHERE escrow_id = ? AND status = 'SUCCEEDED'",
                        Integer.class,
                        escrow))
                .as("milestones 1 and 2 each once")
                .isEqualTo(2);
    }

    /** Stores one more attempt of the escrow's milestone 1 payout, in {@code status}, as a faulty code path could. */
    private int copyOfMilestone1(String status, UUID escrow) {
        return jdbc.update(
                "INSERT INTO payout (id, escrow_id, milestone, round, attempt, reference, amount_paise, payee_vpa,"
                        + " payee_name, status, created_at, updated_at) SELECT gen_random_uuid(), escrow_id, milestone,"
                        + " round, attempt + 1 + (SELECT count(*) FROM payout WHERE escrow_id = ? AND milestone = 1),"
                        + " reference || ?, amount_paise, payee_vpa, payee_name, ?, now(), now() FROM payout"
                        + " WHERE escrow_id = ? AND milestone = 1 AND attempt = 1",
                escrow,
                status.substring(0, 1),
                status,
                escrow);
    }

    @Test
    void aSplitDecisionPaysOutPartAndRefundsTheRestAndTheLedgerBalances() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 200_000);

        send(escrow, new ReleaseFunds(escrow, 1, 120_000, "success@okicici", "Asha"));
        send(escrow, new RefundPayment(escrow, 80_000, "dispute split: the rest back to the payer", 1));

        PayoutSucceeded paid = awaitOne(PayoutSucceeded.class, escrow);
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        assertThat(paid.milestone()).isNull();
        JsonNode ledger = settledLedger(escrow);
        assertThat(ledger.path("collectedPaise").asLong()).isEqualTo(200_000);
        assertThat(ledger.path("paidOutPaise").asLong()).isEqualTo(120_000);
        assertThat(ledger.path("refundedPaise").asLong()).isEqualTo(80_000);
        assertThat(ledger.path("heldPaise").asLong()).isZero();
    }

    @Test
    void aReleaseOrARefundBeyondWhatIsStillHeldIsRefusedWithoutCallingTheProvider() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 200_000);
        send(escrow, milestone(escrow, 1, 1, 120_000, "success@okicici"));
        awaitOne(PayoutSucceeded.class, escrow);

        send(escrow, milestone(escrow, 2, 1, 100_000, "success@okicici"));
        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") == 1);
        assertThat(count("kind = 'ALERT' AND detail LIKE ?", escrow, "RELEASE_REFUSED%milestone 2%EXCEEDS_HELD%"))
                .isEqualTo(1);
        send(escrow, new RefundPayment(escrow, 100_000, "cancel the rest", 1));
        assertThat(awaitOne(RefundFailed.class, escrow).reasonCode()).isEqualTo("EXCEEDS_COLLECTED");
        send(escrow, new RefundPayment(escrow, 80_000, "cancel the rest", 2));
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);

        settle();
        assertThat(published.messages(PayoutInitiated.class, escrow)).hasSize(1);
        assertThat(providerCalls(escrow, "POST /v1/payouts")).isEqualTo(1);
        JsonNode ledger = settledLedger(escrow);
        assertThat(ledger.path("paidOutPaise").asLong()).isEqualTo(120_000);
        assertThat(ledger.path("refundedPaise").asLong()).isEqualTo(80_000);
        assertThat(ledger.path("heldPaise").asLong()).isZero();
    }

    @Test
    void aReversedMilestoneIsNamedAndOnlyADecisionPayingThatMilestoneAgainPays() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 200_000);
        send(escrow, milestone(escrow, 2, 1, 100_000, "reverse@okicici"));
        PayoutReversed reversed = awaitOne(PayoutReversed.class, escrow);
        assertThat(reversed.milestone()).isEqualTo(2);

        send(escrow, new ReleaseFunds(escrow, 2, 100_000, "success@okicici", "Asha", reversed.payoutReference()));
        await().atMost(WAIT)
                .until(() ->
                        count("kind = 'ALERT' AND detail LIKE ?", escrow, "RELEASE_REFUSED%REVERSAL_MILESTONE%") == 1);
        send(escrow, new ReleaseFunds(escrow, 2, 100_000, "success@okicici", "Asha", reversed.payoutReference(), 2));
        awaitPaid(escrow, 2);

        settle();
        assertThat(published.messages(PayoutSucceeded.class, escrow))
                .extracting(PayoutSucceeded::milestone)
                .containsOnly(2);
        JsonNode ledger = settledLedger(escrow);
        assertThat(ledger.path("paidOutPaise").asLong()).isEqualTo(100_000);
        assertThat(ledger.path("heldPaise").asLong()).isEqualTo(100_000);
    }

    @Test
    void aMilestoneOutsideOneToTenIsRefusedWithoutASeries() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 200_000);

        send(escrow, milestone(escrow, 11, 1, 100_000, "success@okicici"));

        await().atMost(WAIT).until(() -> alerts(escrow, "RELEASE_REFUSED") == 1);
        assertThat(count("kind = 'ALERT' AND detail LIKE ?", escrow, "RELEASE_REFUSED%INVALID_MILESTONE%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_series WHERE escrow_id = ?", Integer.class, escrow))
                .isZero();
        assertThat(settledLedger(escrow).path("heldPaise").asLong()).isEqualTo(200_000);
    }

    private static ReleaseFunds milestone(UUID escrow, int milestone, int round, long amount, String vpa) {
        return new ReleaseFunds(escrow, round, amount, vpa, "Asha", null, milestone);
    }

    /** Waits for {@code n} PayoutSucceeded of the escrow; them, in reference order. */
    private List<PayoutSucceeded> awaitPaid(UUID escrow, int n) {
        return published.await(PayoutSucceeded.class, escrow, n).stream()
                .sorted(Comparator.comparing(PayoutSucceeded::payoutReference))
                .toList();
    }
}
