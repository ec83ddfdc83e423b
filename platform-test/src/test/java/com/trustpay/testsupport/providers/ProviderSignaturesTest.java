package com.trustpay.testsupport.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProviderSignaturesTest {

    private static final byte[] FOX = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    @Test
    void razorpayXSignsWithLowercaseHexOfHmacSha256() {
        assertThat(ProviderSignatures.razorpayx("key", FOX))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void setuSignsWithPaddedBase64OfTheSameHmac() {
        assertThat(ProviderSignatures.setu("key", FOX)).isEqualTo("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
    }

    @Test
    void everyByteOfTheBodyCounts() {
        byte[] other = FOX.clone();
        other[other.length - 1] = 'G';

        assertThat(ProviderSignatures.setu("key", other)).isNotEqualTo(ProviderSignatures.setu("key", FOX));
    }
}
