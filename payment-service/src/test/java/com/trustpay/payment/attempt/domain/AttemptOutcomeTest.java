package com.trustpay.payment.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.RequestState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given the provider's view of a request, when we decide, then the attempt's outcome is … */
class AttemptOutcomeTest {

    private static final String OURS = "TP0123456789ABCD01";

    @Test
    void aSuccessfulPaymentWithOurReferenceIsPaid() {
        var outcome = AttemptOutcome.of(OURS, state("paid", payment("failed", "U30"), payment("success", "00")));

        assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.Paid.class, p -> assertThat(
                        p.payment().status())
                .isEqualTo("success"));
    }

    @Test
    void aSuccessCarryingAnotherReferenceIsForeign() {
        ProviderPayment other = new ProviderPayment("p", "SOMEONEELSE", 100, "success", "a@b", "t", "r", null, null);

        assertThat(AttemptOutcome.of(OURS, state("paid", other))).isInstanceOf(AttemptOutcome.Foreign.class);
    }

    @Test
    void aDeclinedPaymentFailsWithTheNpciCode() {
        var outcome = AttemptOutcome.of(OURS, state("active", payment("failed", "U30")));

        assertThat(outcome).isEqualTo(new AttemptOutcome.Failed("U30", "declined"));
    }

    @Test
    void aClosedRequestWithoutPaymentExpires() {
        assertThat(AttemptOutcome.of(OURS, state("closed"))).isInstanceOf(AttemptOutcome.Expired.class);
        assertThat(AttemptOutcome.of(OURS, state("closed", payment("failed", "U69"))))
                .isInstanceOf(AttemptOutcome.Expired.class);
    }

    @Test
    void aPendingPaymentOnAnActiveRequestIsStillOpen() {
        assertThat(AttemptOutcome.of(OURS, state("active", payment("pending", "XY"))))
                .isInstanceOf(AttemptOutcome.Open.class);
        assertThat(AttemptOutcome.of(OURS, state("active"))).isInstanceOf(AttemptOutcome.Open.class);
    }

    @Test
    void referencesAreDeterministicShortAndAlphanumeric() {
        UUID escrow = UUID.fromString("3f2a9c1e-7b4d-4e21-9a55-0c1d2e3f4a5b");

        assertThat(PaymentAttempt.referenceFor(escrow, 1)).isEqualTo("TP3F2A9C1E7B4D4E01");
        assertThat(PaymentAttempt.referenceFor(escrow, 123)).matches("^[A-Za-z0-9]{1,35}$");
    }

    private static RequestState state(String status, ProviderPayment... payments) {
        return new RequestState("instance", status, List.of(payments));
    }

    private static ProviderPayment payment(String status, String code) {
        return new ProviderPayment("p-" + status, OURS, 100, status, "a@b", "t", "r", code, "declined");
    }
}
