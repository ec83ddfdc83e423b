package com.trustpay.payment.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.payment.refund.domain.Refund;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Money that is not the escrow's has its own account (ADR 0012): never HELD, never overdrawn. */
class ExcessAccountTest {

    private static final UUID ESCROW = UUID.fromString("3f2a0000-0000-0000-0000-000000000001");
    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void excessMoneyIsCapturedIntoItsOwnEscrowAccountNeverIntoHeld() {
        Transfer t = Transfer.of(TransferCode.EXCESS_CAPTURE, TransferFlag.POSTED, ESCROW, "pay_2", 50_000, NOW);

        assertThat(t.id()).isEqualTo("excess-capture:pay_2");
        assertThat(t.debitAccountId()).isEqualTo("SETU_CLEARING");
        assertThat(t.creditAccountId()).isEqualTo(ESCROW + ":EXCESS");
        assertThat(t.creditAccountId()).isNotEqualTo(AccountKind.HELD.accountId(ESCROW));
    }

    @Test
    void theExcessAccountBelongsToTheEscrowAndMayNeverBeOverdrawn() {
        assertThat(AccountKind.EXCESS.perEscrow()).isTrue();
        assertThat(AccountKind.EXCESS.neverOverdrawn()).isTrue();
        assertThat(AccountKind.HELD.neverOverdrawn()).isTrue();
        assertThat(AccountKind.REFUNDED.neverOverdrawn()).isFalse();
    }

    @Test
    void anExcessRefundIsToldApartFromTheEscrowsRefundByItsReference() {
        Refund escrowRefund = Refund.create(ESCROW, 1, 10_000, "cancelled", "pay_1", "txn_1", NOW);
        String excessReference = Refund.excessReferenceFor(ESCROW, 2);

        assertThat(escrowRefund.excess()).isFalse();
        assertThat(excessReference).startsWith("RX").endsWith("-2");
        assertThat(excessReference.length()).isEqualTo(escrowRefund.reference().length());
    }
}
