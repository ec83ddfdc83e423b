package com.trustpay.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataKeysTest {

    @Test
    void readsARingAndItsActiveKey() {
        DataKeys keys = DataKeys.parse(" k2:" + Keys.K2 + " , k1:" + Keys.K1, "k2");

        assertThat(keys.ids()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(keys.activeId()).isEqualTo("k2");
        assertThat(keys.toString()).doesNotContain(Keys.K1).doesNotContain(Keys.K2);
    }

    @Test
    void refusesAnEmptyRingOrNoActiveKey() {
        assertThatThrownBy(() -> DataKeys.parse("", "k1")).hasMessageContaining("TRUSTPAY_DATA_KEYS");
        assertThatThrownBy(() -> DataKeys.parse("k1:" + Keys.K1, " ")).hasMessageContaining("TRUSTPAY_DATA_KEY_ACTIVE");
        assertThatThrownBy(() -> DataKeys.parse("k1:" + Keys.K1, "k2")).hasMessageContaining("k2 is not in the ring");
    }

    @Test
    void refusesKeysThatAreNotAes256WithoutShowingThem() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> DataKeys.parse("k1:" + short16, "k1"))
                .hasMessageContaining("16 bytes")
                .hasMessageNotContaining(short16);
        assertThatThrownBy(() -> DataKeys.parse("k1:not base64!", "k1")).hasMessageContaining("not base64");
    }

    @Test
    void refusesMalformedOrRepeatedIds() {
        assertThatThrownBy(() -> DataKeys.parse(Keys.K1, "k1")).hasMessageContaining("<id>:<base64 key>");
        assertThatThrownBy(() -> DataKeys.parse("k:1:" + Keys.K1, "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataKeys.parse("k1:" + Keys.K1 + ",k1:" + Keys.K2, "k1"))
                .hasMessageContaining("twice");
    }
}
