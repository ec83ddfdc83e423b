package com.trustpay.escrow.escrow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.escrow.persistence.EscrowKey;
import com.trustpay.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lists' page requests and cursors. */
class PagingTest {

    private static final Instant CREATED = Instant.parse("2026-01-10T10:00:00.123456Z");

    @Test
    void aCursorPointsAfterTheEscrowItWasMadeFrom() {
        Escrow escrow = escrow();

        EscrowKey key = EscrowCursor.parse(EscrowCursor.after(escrow));

        assertThat(key).isEqualTo(new EscrowKey(CREATED, escrow.id()));
        assertThat(EscrowCursor.parse(null)).isNull();
        assertThat(EscrowCursor.parse(" ")).isNull();
    }

    @Test
    void aCursorWithAnyByteChangedIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(EscrowCursor.after(escrow()));
        for (int i = 0; i < bytes.length; i++) {
            byte[] edited = bytes.clone();
            edited[i] ^= 0x01;
            String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(edited);
            assertThatThrownBy(() -> EscrowCursor.parse(tampered))
                    .as("byte %d", i)
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CURSOR"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "not base64!", "AAAA", "MjAyNi0wMS0xMFQxMDowMDowMFo"})
    void aCursorWeDidNotGiveOutIsRefused(String cursor) {
        assertThatThrownBy(() -> EscrowCursor.parse(cursor))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CURSOR"));
    }

    @Test
    void aPageHoldsTwentyUnlessAskedForOneToAHundred() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(20);
        assertThat(PageRequest.of("", "c").limit()).isEqualTo(20);
        assertThat(PageRequest.of("1", null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(" 100 ", null).limit()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "2.5", "99999999999"})
    void aLimitOutsideOneToAHundredIsRefused(String limit) {
        assertThatThrownBy(() -> PageRequest.of(limit, null))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.code()).isEqualTo("INVALID_LIMIT"));
    }

    private static Escrow escrow() {
        EscrowTerms terms = EscrowTerms.of("Bike", null, 10_000L, PaymentMode.INTENT, 10_000_000);
        Party payer = new Party(UUID.randomUUID(), "Asha", "asha@okaxis");
        return Escrow.open(
                        UUID.randomUUID(),
                        terms,
                        PartyRole.PAYER,
                        payer,
                        "K7Q3MX",
                        "Amber Falcon",
                        CREATED,
                        Duration.ofDays(7))
                .escrow();
    }
}
