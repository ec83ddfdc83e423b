package com.trustpay.reconciliation.reconciliation.domain;

import static com.trustpay.reconciliation.reconciliation.domain.MismatchStatus.ACKNOWLEDGED;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchStatus.OPEN;
import static com.trustpay.reconciliation.reconciliation.domain.MismatchStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus.Action;
import org.junit.jupiter.api.Test;

class MismatchStatusTest {

    @Test
    void theWholeMatrix() {
        assertThat(OPEN.after(Action.ACKNOWLEDGE)).isEqualTo(ACKNOWLEDGED);
        assertThat(OPEN.after(Action.RESOLVE)).isEqualTo(RESOLVED);
        assertThat(OPEN.after(Action.FOUND_AGAIN)).isEqualTo(OPEN);
        assertThat(ACKNOWLEDGED.after(Action.RESOLVE)).isEqualTo(RESOLVED);
        assertThat(ACKNOWLEDGED.after(Action.FOUND_AGAIN)).isEqualTo(ACKNOWLEDGED);
        assertThat(RESOLVED.after(Action.FOUND_AGAIN)).isEqualTo(OPEN);
        assertThatThrownBy(() -> ACKNOWLEDGED.after(Action.ACKNOWLEDGE))
                .isInstanceOf(IllegalMismatchActionException.class)
                .extracting("code")
                .isEqualTo("MISMATCH_ALREADY_ACKNOWLEDGED");
        assertThatThrownBy(() -> RESOLVED.after(Action.RESOLVE))
                .extracting("code")
                .isEqualTo("MISMATCH_ALREADY_RESOLVED");
        assertThatThrownBy(() -> RESOLVED.after(Action.ACKNOWLEDGE))
                .extracting("code")
                .isEqualTo("MISMATCH_ALREADY_RESOLVED");
    }

    @Test
    void theAdminActionsComeFromTheSameTable() {
        assertThat(OPEN.adminActions()).containsExactly(Action.ACKNOWLEDGE, Action.RESOLVE);
        assertThat(ACKNOWLEDGED.adminActions()).containsExactly(Action.RESOLVE);
        assertThat(RESOLVED.adminActions()).isEmpty();
    }

    @Test
    void onlyAResolvedMismatchReopensWhenFoundAgain() {
        assertThat(RESOLVED.reopensWhenFound()).isTrue();
        assertThat(OPEN.reopensWhenFound()).isFalse();
        assertThat(ACKNOWLEDGED.reopensWhenFound()).isFalse();
    }
}
