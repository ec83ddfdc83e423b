package com.trustpay.reconciliation.reconciliation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.reconciliation.reconciliation.domain.RecordChange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every payout event names the milestone it pays (issue 18 item 3); the projection keeps it. */
class RecordChangesTest {

    private static final UUID ESCROW = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final String REF = "POabcM3-1-1";
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Test
    void everyPayoutEventOfAMilestoneKeepsItsMilestone() {
        List<Message> events = List.of(
                new PayoutInitiated(ESCROW, REF, 1, 1, 50_000, "ravi@ybl", AT, 3),
                new PayoutRetryScheduled(ESCROW, REF, 1, 1, AT, "bank down", 3),
                new PayoutSucceeded(ESCROW, REF, 50_000, "pout_1", "UTR1", AT, 3),
                new PayoutFailed(ESCROW, REF, 1, 3, "BANK_DOWN", "bank down", AT, 3),
                new PayoutReversed(ESCROW, REF, "pout_1", 50_000, "reversed", AT, 3));

        for (Message event : events) {
            assertThat(RecordChanges.of(incoming(event)))
                    .as(event.getClass().getSimpleName())
                    .hasValueSatisfying(change -> {
                        assertThat(change.type()).isEqualTo(RecordChange.Type.PAYOUT);
                        assertThat(change.milestone()).isEqualTo(3);
                    });
        }
    }

    @Test
    void aPayoutOfTheEscrowAsOneAndARefundNameNoMilestone() {
        assertThat(RecordChanges.of(incoming(new PayoutSucceeded(ESCROW, "POabc-1-1", 180_000, "p", "u", AT))))
                .hasValueSatisfying(change -> assertThat(change.milestone()).isNull());
        assertThat(RecordChanges.of(incoming(new RefundSucceeded(ESCROW, "RF1", 80_000, "r", AT))))
                .hasValueSatisfying(change -> assertThat(change.milestone()).isNull());
    }

    private Incoming incoming(Message message) {
        return new Incoming(codec.wrap(message), message);
    }
}
