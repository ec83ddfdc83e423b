package com.trustpay.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class LookupHashTest {

    private static final SealedColumn PAYEE = SealedColumn.of("payout", "payee_vpa");

    @Test
    void equalValuesHashEquallySoTheyCanBeFoundAndTheHashDependsOnTheKey() {
        LookupHash one = LookupHash.fromBase64(Keys.K1);

        assertThat(one.of(PAYEE, "asha@okaxis"))
                .isEqualTo(one.of(PAYEE, "asha@okaxis"))
                .hasSize(64);
        assertThat(one.of(PAYEE, "asha@okaxis")).isNotEqualTo(one.of(PAYEE, "ravi@oksbi"));
        assertThat(LookupHash.fromBase64(Keys.K2).of(PAYEE, "asha@okaxis")).isNotEqualTo(one.of(PAYEE, "asha@okaxis"));
    }

    @Test
    void theSameValueInTwoColumnsHashesApart() {
        LookupHash hash = LookupHash.fromBase64(Keys.K1);

        assertThat(hash.of(SealedColumn.of("payment_attempt", "payer_vpa"), "asha@okaxis"))
                .isNotEqualTo(hash.of(PAYEE, "asha@okaxis"));
    }

    @Test
    void refusesAMissingOrShortKey() {
        assertThatThrownBy(() -> LookupHash.fromBase64(null)).hasMessageContaining("TRUSTPAY_LOOKUP_KEY");
        assertThatThrownBy(() -> LookupHash.fromBase64(Base64.getEncoder().encodeToString(new byte[8])))
                .hasMessageContaining("8 bytes");
    }
}
