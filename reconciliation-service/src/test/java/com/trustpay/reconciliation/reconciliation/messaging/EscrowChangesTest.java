package com.trustpay.reconciliation.reconciliation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.Incoming;
import com.trustpay.reconciliation.reconciliation.domain.EscrowPosition;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inspection period's events (ADR 0018) move no money: reconciliation records them as ignored (not a failure,
 * so never dead-lettered); the release they lead to is the {@code ReleaseStarted} that follows.
 */
class EscrowChangesTest {

    private static final UUID ESCROW = UUID.randomUUID();
    private static final Instant ENDS = Instant.parse("2026-12-05T10:00:00Z");
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Test
    void theInspectionPeriodsEventsChangeNothingReconciled() {
        assertThat(EscrowChanges.of(incoming(new DeliveryMarked(ESCROW, UUID.randomUUID(), ENDS, ENDS))))
                .isEmpty();
        assertThat(EscrowChanges.of(incoming(new InspectionEndingSoon(ESCROW, ENDS))))
                .isEmpty();
        assertThat(EscrowChanges.of(incoming(new AutoReleased(ESCROW, 180_000, ENDS))))
                .isEmpty();
    }

    @Test
    void theAutomaticReleaseIsReconciledByTheReleaseStartedThatFollowsIt() {
        assertThat(EscrowChanges.of(incoming(new ReleaseStarted(ESCROW, 180_000, 1))))
                .hasValueSatisfying(change -> assertThat(change.position()).isEqualTo(EscrowPosition.RELEASING));
    }

    @Test
    void aMilestonesReleaseNamesItsMilestoneAndTheEscrowAsOneNone() {
        assertThat(EscrowChanges.of(incoming(new Released(ESCROW, 50_000, "POabcM2-1-1", 2))))
                .hasValueSatisfying(change -> {
                    assertThat(change.milestone()).isEqualTo(2);
                    assertThat(change.releasedPaise()).isEqualTo(50_000);
                    assertThat(change.payoutReference()).isEqualTo("POabcM2-1-1");
                });
        assertThat(EscrowChanges.of(incoming(new Released(ESCROW, 180_000, "POabc-1-1"))))
                .hasValueSatisfying(change -> assertThat(change.milestone()).isNull());
    }

    private Incoming incoming(Message message) {
        return new Incoming(codec.wrap(message), message);
    }
}
