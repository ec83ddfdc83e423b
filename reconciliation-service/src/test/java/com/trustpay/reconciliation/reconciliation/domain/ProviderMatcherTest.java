package com.trustpay.reconciliation.reconciliation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.reconciliation.reconciliation.domain.ProviderView.ListedPayout;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView.Read;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView.ReadBack;
import com.trustpay.reconciliation.reconciliation.domain.ProviderView.Settlement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The third side's rules: what is a mismatch with the provider and what is only lag. */
class ProviderMatcherTest {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");
    private static final ProviderMatcher.Known NOTHING =
            new ProviderMatcher.Known(Set.of(), Set.of(), Map.of(), Map.of());

    private final ProviderMatcher matcher = new ProviderMatcher();
    private final UUID escrow = UUID.randomUUID();

    @Test
    void onlyMoneyWeRecordedMovingIsMissingAtTheProvider() {
        List<Finding> found = matcher.match(
                view(
                        back("PAYOUT", "SUCCEEDED", 100, Read.NOT_FOUND, null, null),
                        back("PAYMENT", "REQUESTED", 100, Read.NOT_FOUND, null, null),
                        back("REFUND", "CREATING", 100, Read.NOT_SENT, null, null)),
                NOTHING);

        assertThat(found).extracting(Finding::kind).containsExactly(MismatchKind.MISSING_AT_PROVIDER);
        assertThat(found.getFirst().escrowId()).isEqualTo(escrow);
    }

    @Test
    void aFinishedProviderAheadOfUsIsLagButTwoDifferentEndsAreAMismatch() {
        List<Finding> found = matcher.match(
                view(
                        back("PAYOUT", "PROCESSING", 100, Read.FOUND, "processed", 100L),
                        back("PAYOUT", "SUCCEEDED", 100, Read.FOUND, "reversed", 100L),
                        back("PAYMENT", "SUCCEEDED", 100, Read.FOUND, "success", 90L)),
                NOTHING);

        assertThat(found)
                .extracting(Finding::kind)
                .containsExactly(MismatchKind.STATUS_MISMATCH, MismatchKind.AMOUNT_MISMATCH);
    }

    @Test
    void listedMoneyNobodyKnowsIsUnknownToUsOnTheEscrowItsReferenceNames() {
        ProviderView view = new ProviderView(
                List.of(),
                List.of(
                        new ListedPayout("pout_known", "PO-1", 100, "processed", "u1", AT),
                        new ListedPayout("pout_second", "PO-1", 100, "processed", "u2", AT),
                        new ListedPayout("pout_stranger", null, 100, "processed", "u3", AT)),
                List.of(new Settlement("01JPAYKNOWN", "TP1", "r1", 100, "success", AT)),
                List.of());
        ProviderMatcher.Known known = new ProviderMatcher.Known(
                Set.of("pout_known"), Set.of("01JPAYKNOWN"), Map.of("PO-1", escrow), Map.of());

        List<Finding> found = matcher.match(view, known);

        assertThat(found).extracting(Finding::kind).containsOnly(MismatchKind.UNKNOWN_TO_US);
        assertThat(found).extracting(Finding::escrowId).containsExactly(escrow, ProviderMatcher.NO_ESCROW);
    }

    private ProviderView view(ReadBack... backs) {
        return new ProviderView(List.of(backs), List.of(), List.of(), List.of());
    }

    private ReadBack back(String kind, String ours, long amount, Read read, String theirs, Long theirAmount) {
        return new ReadBack(
                kind, escrow, kind + "-ref", ours, amount, Map.of("id", kind + "-id"), read, theirs, theirAmount, AT);
    }
}
