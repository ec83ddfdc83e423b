package com.trustpay.payment.payout.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutReferenceTest {

    private static final String RAZORPAYX_IDEMPOTENCY_KEY = "^[A-Za-z0-9 _-]{4,36}$";

    private final UUID escrow = UUID.fromString("3f2a9c1e-7b4d-4e01-9a6b-0c1d2e3f4a5b");

    @Test
    void theEscrowAsOneKeepsTheReferenceItHadBeforeMilestones() {
        assertThat(Payout.referenceFor(escrow, null, 1, 2))
                .isEqualTo(Payout.referenceFor(escrow, 1, 2))
                .isEqualTo("PO3f2a9c1e7b4d4e019a6b0c1d-1-2");
    }

    @Test
    void aMilestoneIsWrittenAfterTheEscrowsDigits() {
        assertThat(Payout.referenceFor(escrow, 2, 1, 1)).isEqualTo("PO3f2a9c1e7b4d4e019a6b0c1dM2-1-1");
    }

    @Test
    void everyMilestoneRoundAndAttemptHasItsOwnKeyWithinTheProvidersFormat() {
        Set<String> seen = new HashSet<>();
        for (Integer milestone : new Integer[] {null, 1, 2, 10}) {
            for (int round = 1; round <= 12; round++) {
                for (int attempt = 1; attempt <= 3; attempt++) {
                    String ref = Payout.referenceFor(escrow, milestone, round, attempt);
                    assertThat(ref).matches(RAZORPAYX_IDEMPOTENCY_KEY);
                    assertThat(seen.add(ref)).as("unique: %s", ref).isTrue();
                }
            }
        }
        assertThat(Payout.referenceFor(escrow, 10, 999, 9)).matches(RAZORPAYX_IDEMPOTENCY_KEY);
    }

    @Test
    void anAttemptCarriesItsMilestoneAndTheReferenceThatNamesIt() {
        Payout p = Payout.create(escrow, 3, 2, 1, 50_000, "asha@okicici", "Asha", Instant.EPOCH);

        assertThat(p.milestone()).isEqualTo(3);
        assertThat(p.reference()).isEqualTo(Payout.referenceFor(escrow, 3, 2, 1));
    }
}
