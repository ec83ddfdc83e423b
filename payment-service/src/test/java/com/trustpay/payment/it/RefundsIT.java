package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refunds against the sandbox: never FAILED while Setu might still have one (ADR 0013). */
class RefundsIT extends PaymentServiceItSupport {

    private static final String REFUND_CREATE = "POST /api/v1/merchants/refunds";

    @Test
    void aCreateAnswered401IsUnknownNotFailedAndIsSettledOnceSetuAnswers() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(401);

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));

        await().atMost(WAIT).until(() -> "UNKNOWN".equals(refundStatus(escrow)));
        sandbox.noFaults();
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        settle();
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
        assertThat(refundStatus(escrow)).isEqualTo("SUCCEEDED");
        assertThat(settledLedger(escrow).path("accounts").toString()).contains("REFUNDED");
    }

    @Test
    void aReSendAnswered400StaysUnknownAndIsLookedUpBeforeItIsSentAgain() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(500);
        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));
        await().atMost(WAIT).until(() -> "UNKNOWN".equals(refundStatus(escrow)));

        refuseCreates(400);
        await().atMost(WAIT).until(() -> createTries(escrow) >= 2);

        assertThat(refundStatus(escrow)).isEqualTo("UNKNOWN");
        sandbox.noFaults();
        await().atMost(WAIT)
                .until(() -> published.messages(RefundSucceeded.class, escrow).size() == 1);
        settle();
        assertThat(published.messages(RefundFailed.class, escrow)).isEmpty();
        assertThat(count("kind = 'DECISION' AND detail LIKE ?", escrow, "recovery: no refund of ours%"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCreateRefusedWith400OnTheFirstSendFailsAtOnce() {
        UUID escrow = UUID.randomUUID();
        collect(escrow, 100_000);
        refuseCreates(400);

        send(escrow, new RefundPayment(escrow, 40_000, "cancelled"));

        RefundFailed failed = awaitOne(RefundFailed.class, escrow);
        assertThat(failed.amountPaise()).isEqualTo(40_000);
        assertThat(refundStatus(escrow)).isEqualTo("FAILED");
        assertThat(providerCalls(escrow, "POST /refunds")).isEqualTo(1);
        assertThat(settledLedger(escrow).path("pendingPaise").asLong()).isZero();
    }

    void refuseCreates(int status) {
        sandbox.faults(
                "{\"endpoints\":{\"" + REFUND_CREATE + "\":{\"errorRate\":1.0,\"errorStatus\":" + status + "}}}");
    }

    String refundStatus(UUID escrow) {
        return jdbc.queryForObject("SELECT status FROM refund WHERE escrow_id = ?", String.class, escrow);
    }

    int createTries(UUID escrow) {
        Integer n = jdbc.queryForObject("SELECT create_tries FROM refund WHERE escrow_id = ?", Integer.class, escrow);
        return n == null ? 0 : n;
    }
}
