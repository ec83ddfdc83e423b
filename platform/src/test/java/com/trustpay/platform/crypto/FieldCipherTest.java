package com.trustpay.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SealedColumn PAYEE = SealedColumn.of("payout", "payee_vpa");
    private static final SealedColumn PAYER = SealedColumn.of("payment_attempt", "payer_vpa");

    private final FieldCipher k1Only = Keys.cipher("k1:" + Keys.K1, "k1");
    private final FieldCipher rotated = Keys.cipher("k2:" + Keys.K2 + ",k1:" + Keys.K1, "k2");

    @Test
    void aSealedValueOpensToThePlaintextAndDoesNotContainIt() {
        String sealed = k1Only.seal(PAYEE, "asha@okaxis");

        assertThat(sealed).startsWith("v1:k1:").doesNotContain("asha").doesNotContain("okaxis");
        assertThat(k1Only.openText(PAYEE, sealed)).isEqualTo("asha@okaxis");
    }

    @Test
    void equalPlaintextsSealDifferentlyBecauseEachValueHasItsOwnNonce() {
        assertThat(k1Only.seal(PAYEE, "asha@okaxis")).isNotEqualTo(k1Only.seal(PAYEE, "asha@okaxis"));
    }

    @Test
    void bytesRoundTripIncludingEmptyAndNullStaysNull() {
        byte[] body = {0, 1, 2, (byte) 0xff};

        assertThat(k1Only.open(PAYEE, k1Only.seal(PAYEE, body))).isEqualTo(body);
        assertThat(k1Only.open(PAYEE, k1Only.seal(PAYEE, new byte[0]))).isEmpty();
        assertThat(k1Only.seal(PAYEE, (String) null)).isNull();
        assertThat(k1Only.openText(PAYEE, null)).isNull();
    }

    @Test
    void aChangedByteFailsTheIntegrityCheck() {
        String sealed = k1Only.seal(PAYEE, "asha@okaxis");
        byte[] raw = Base64.getDecoder().decode(sealed.substring("v1:k1:".length()));
        raw[raw.length - 20] ^= 1;
        String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> k1Only.open(PAYEE, tampered))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void aValueCopiedIntoAnotherColumnDoesNotOpen() {
        String sealed = k1Only.seal(PAYEE, "asha@okaxis");

        assertThatThrownBy(() -> k1Only.open(PAYER, sealed)).isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> k1Only.open(SealedColumn.of("payout_series", "payee_vpa"), sealed))
                .isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void aValueRelabelledWithAnotherKeyIdDoesNotOpen() {
        FieldCipher sameBytesTwoIds = Keys.cipher("a:" + Keys.K1 + ",b:" + Keys.K1, "a");
        String relabelled = sameBytesTwoIds.seal(PAYEE, "asha@okaxis").replaceFirst("^v1:a:", "v1:b:");

        assertThatThrownBy(() -> sameBytesTwoIds.open(PAYEE, relabelled)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void aValueUnderAKeyNotInTheRingNamesTheKey() {
        String sealed = rotated.seal(PAYEE, "asha@okaxis");

        assertThatThrownBy(() -> k1Only.open(PAYEE, sealed))
                .isInstanceOf(UnknownDataKeyException.class)
                .hasMessageContaining("k2")
                .satisfies(
                        e -> assertThat(((UnknownDataKeyException) e).keyId()).isEqualTo("k2"));
    }

    @Test
    void malformedValuesAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> k1Only.open(PAYEE, "asha@okaxis"))
                .isInstanceOf(UnreadableValueException.class)
                .hasMessageNotContaining("asha");
        assertThatThrownBy(() -> k1Only.open(PAYEE, "v1:k1:!!notbase64")).isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> k1Only.open(PAYEE, "v1:k1:AAAA")).isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> k1Only.open(PAYEE, "v1:k1")).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void afterRotationOldValuesStayReadableAndNewOnesUseTheActiveKey() {
        String old = k1Only.seal(PAYEE, "asha@okaxis");

        assertThat(rotated.openText(PAYEE, old)).isEqualTo("asha@okaxis");
        assertThat(rotated.seal(PAYEE, "ravi@oksbi")).startsWith("v1:k2:");
    }

    @Test
    void resealMovesOldKeyAndPlaintextValuesUnderTheActiveKeyAndLeavesCurrentOnes() {
        String old = k1Only.seal(PAYEE, "asha@okaxis");
        String current = rotated.seal(PAYEE, "ravi@oksbi");

        String resealed = rotated.reseal(PAYEE, old);
        assertThat(resealed).startsWith("v1:k2:");
        assertThat(rotated.openText(PAYEE, resealed)).isEqualTo("asha@okaxis");
        assertThat(rotated.reseal(PAYEE, current)).isSameAs(current);
        assertThat(rotated.openText(PAYEE, rotated.reseal(PAYEE, "legacy@upi"))).isEqualTo("legacy@upi");
        assertThat(rotated.reseal(PAYEE, null)).isNull();
    }

    @Test
    void plaintextFromBeforeEncryptionIsReadOnlyWhereTheCallerAllowsIt() {
        assertThat(k1Only.openTextOrPlaintext(PAYEE, "legacy@upi")).isEqualTo("legacy@upi");
        assertThat(k1Only.openTextOrPlaintext(PAYEE, k1Only.seal(PAYEE, "asha@okaxis")))
                .isEqualTo("asha@okaxis");
        assertThat(FieldCipher.isSealed("legacy@upi")).isFalse();
    }

    @Test
    void columnNamesMustBePlainSql() {
        assertThatThrownBy(() -> SealedColumn.of("payout; drop", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedColumn.of("payout", "Payee")).isInstanceOf(IllegalArgumentException.class);
    }
}
