package com.trustpay.payment.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole (from, to) matrix of {@link RefundStatus} (ADR 0013). */
class RefundStatusTest {

    private static final Map<RefundStatus, Set<RefundStatus>> ALLOWED = Map.of(
            RefundStatus.CREATING,
                    EnumSet.of(RefundStatus.UNKNOWN, RefundStatus.PENDING, RefundStatus.SUCCEEDED, RefundStatus.FAILED),
            RefundStatus.UNKNOWN, EnumSet.of(RefundStatus.PENDING, RefundStatus.SUCCEEDED, RefundStatus.FAILED),
            RefundStatus.PENDING, EnumSet.of(RefundStatus.SUCCEEDED, RefundStatus.FAILED),
            RefundStatus.SUCCEEDED, EnumSet.noneOf(RefundStatus.class),
            RefundStatus.FAILED, EnumSet.of(RefundStatus.SUCCEEDED));

    @ParameterizedTest
    @EnumSource(RefundStatus.class)
    void eachMoveIsAllowedExactlyWhenTheTableSaysSo(RefundStatus from) {
        for (RefundStatus to : RefundStatus.values()) {
            boolean allowed = ALLOWED.get(from).contains(to);
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowed);
            if (allowed) {
                assertThat(from.check(to)).isEqualTo(to);
                assertThat(RefundStatus.into(to)).contains(from);
            } else {
                assertThatThrownBy(() -> from.check(to))
                        .isInstanceOf(IllegalRefundTransition.class)
                        .hasMessageContaining(from + " to " + to);
                assertThat(RefundStatus.into(to)).doesNotContain(from);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RefundStatus.class)
    void onlyCreatingAndUnknownAreLookedUpBeforeAReSend(RefundStatus status) {
        assertThat(status.unconfirmed()).isEqualTo(status == RefundStatus.CREATING || status == RefundStatus.UNKNOWN);
        assertThat(status.open()).isEqualTo(status.unconfirmed() || status == RefundStatus.PENDING);
    }
}
