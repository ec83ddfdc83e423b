package com.trustpay.payment.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferTest {

    private static final UUID ESCROW = UUID.fromString("3f2a0000-0000-0000-0000-000000000001");
    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void theIdComesFromTheBusinessEventSoARepeatIsTheSameTransfer() {
        Transfer a = Transfer.of(TransferCode.PAYOUT, TransferFlag.PENDING, ESCROW, "PO3f2a-1-1", 100_000, NOW);
        Transfer b = Transfer.of(
                TransferCode.PAYOUT, TransferFlag.PENDING, ESCROW, "PO3f2a-1-1", 100_000, NOW.plusSeconds(5));

        assertThat(a.id()).isEqualTo("payout:PO3f2a-1-1");
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.sameAs(Transfer.of(TransferCode.PAYOUT, TransferFlag.PENDING, ESCROW, "PO3f2a-1-1", 99_999, NOW)))
                .as("same id, other amount: a conflict, not a duplicate")
                .isFalse();
        assertThat(TransferCode.PAYOUT_REVERSAL.transferId("PO3f2a-1-1")).isEqualTo("payout-reversal:PO3f2a-1-1");
    }

    @Test
    void eachCodeMovesMoneyBetweenItsTwoAccounts() {
        Transfer capture = Transfer.of(TransferCode.CAPTURE, TransferFlag.POSTED, ESCROW, "TP1", 5, NOW);
        Transfer refund = Transfer.of(TransferCode.REFUND, TransferFlag.PENDING, ESCROW, "RF1", 5, NOW);

        assertThat(capture.debitAccountId()).isEqualTo("SETU_CLEARING");
        assertThat(capture.creditAccountId()).isEqualTo(ESCROW + ":HELD");
        assertThat(refund.debitAccountId()).isEqualTo(ESCROW + ":HELD");
        assertThat(refund.creditAccountId()).isEqualTo(ESCROW + ":REFUNDED");
    }

    @Test
    void aPendingTransferIsPostedOrVoidedWithItsOwnAccountsAndAmount() {
        Transfer pending = Transfer.of(TransferCode.REFUND, TransferFlag.PENDING, ESCROW, "RF1", 40_000, NOW);

        Transfer post = pending.resolve(true, NOW);
        Transfer voided = pending.resolve(false, NOW);

        assertThat(post.id()).isEqualTo("post:refund:RF1");
        assertThat(post.pendingId()).isEqualTo(pending.id());
        assertThat(post.amountPaise()).isEqualTo(40_000);
        assertThat(voided.flag()).isEqualTo(TransferFlag.VOID_PENDING);
        assertThatThrownBy(() -> post.resolve(false, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTransferMovesAPositiveAmountBetweenTwoAccounts() {
        assertThatThrownBy(() -> Transfer.of(TransferCode.PAYOUT, TransferFlag.PENDING, ESCROW, "PO", 0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transfer.of(TransferCode.PAYOUT, TransferFlag.PENDING, ESCROW, "PO", -1, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transfer.of(TransferCode.PAYOUT, TransferFlag.POST_PENDING, ESCROW, "PO", 1, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountKind.HELD.accountId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void availableCountsPendingDebitsAgainstPostedCredits() {
        Account held = new Account("x:HELD", ESCROW, AccountKind.HELD, 30_000, 50_000, 0, 100_000, null);

        assertThat(held.creditBalance()).isEqualTo(50_000);
        assertThat(held.available()).isEqualTo(20_000);
    }
}
