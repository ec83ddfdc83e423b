package com.trustpay.payment.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternalTokenTest {

    @Test
    void onlyTheConfiguredTokenMatches() {
        InternalToken token = InternalToken.of("s3cret");

        assertThat(token.open()).isFalse();
        assertThat(token.matches("s3cret")).isTrue();
        assertThat(token.matches("s3cret ")).isTrue();
        assertThat(token.matches("s3cre")).isFalse();
        assertThat(token.matches("s3cretx")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void noTokenConfiguredIsOpenAndMatchesNothing() {
        InternalToken none = InternalToken.of("  ");

        assertThat(none.open()).isTrue();
        assertThat(none.matches("")).isFalse();
        assertThat(none.matches(null)).isFalse();
    }

    @Test
    void neverShowsTheToken() {
        assertThat(InternalToken.of("s3cret").toString()).doesNotContain("s3cret");
    }
}
