package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A FAILED refund that Setu holds is read back on a slow schedule for a bounded time (ADR 0013, "Built later"), so a
 * late credit is found with no webhook at all. Here every 300 ms for 3 s; webhooks are dropped after the collect.
 */
@TestPropertySource(properties = {"payment.refunds.late-read-every=300ms", "payment.refunds.late-read-for=3s"})
class LateRefundReadsIT extends PaymentServiceItSupport {

    @Test
    void aFailedRefundCreditedLateIsFoundByTheLateReadsAloneAndBookedOnce() {
        UUID escrow = UUID.randomUUID();
        int webhooks = failedRefundWithoutWebhooks(escrow);

        sandbox.creditLate(providerRefundId(escrow));

        RefundSucceeded late = awaitOne(RefundSucceeded.class, escrow);
        assertThat(late.amountPaise()).isEqualTo(40_000);
        settle();
        assertThat(published.messages(RefundSucceeded.class, escrow)).hasSize(1);
        assertThat(row(escrow, "status")).isEqualTo("SUCCEEDED");
        assertThat(row(escrow, "next_poll_at")).isNull();
        assertThat(count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "poll (refund FAILED)%"))
                .isPositive();
        assertThat(webhooksSeen(escrow)).isEqualTo(webhooks);
        JsonNode l = settledLedger(escrow);
        assertThat(l.path("refundedPaise").asLong()).isEqualTo(40_000);
        assertThat(l.path("heldPaise").asLong()).isEqualTo(60_000);
        assertThat(l.path("transfers").toString()).contains("refund:" + late.refundReference() + "/late");
    }

    @Test
    void aFailedRefundThatStaysFailedIsReadBackOnlyUntilTheBound() {
        UUID escrow = UUID.randomUUID();
        failedRefundWithoutWebhooks(escrow);

        await().atMost(WAIT).until(() -> row(escrow, "next_poll_at") == null);
        int reads = count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "poll (refund FAILED)%");
        assertThat(reads).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT late_reads_until <= now() FROM refund WHERE escrow_id = ?", Boolean.class, escrow))
                .isTrue();

        sandbox.creditLate(providerRefundId(escrow));
        settle();
        settle();

        assertThat(count("kind = 'PROVIDER_CALL' AND detail LIKE ?", escrow, "poll (refund FAILED)%"))
                .isEqualTo(reads);
        assertThat(row(escrow, "status")).isEqualTo("FAILED");
        assertThat(published.messages(RefundSucceeded.class, escrow)).isEmpty();
    }

    /** A refund of 40 000 of 100 000 that the sandbox fails, with webhooks dropped; the webhooks seen until then. */
    private int failedRefundWithoutWebhooks(UUID escrow) {
        collect(escrow, 100_000);
        sandbox.faults("{\"webhooks\":{\"dropRate\":1.0}}");
        int webhooks = webhooksSeen(escrow);
        sandbox.failNextRefunds(1);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled", 1));
        awaitOne(RefundFailed.class, escrow);
        assertThat(providerRefundId(escrow)).isNotNull();
        return webhooks;
    }

    private String providerRefundId(UUID escrow) {
        return row(escrow, "provider_refund_id");
    }

    private String row(UUID escrow, String column) {
        return jdbc.queryForObject("SELECT " + column + "::text FROM refund WHERE escrow_id = ?", String.class, escrow);
    }
}
