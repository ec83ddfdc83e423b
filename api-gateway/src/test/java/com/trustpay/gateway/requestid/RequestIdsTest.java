package com.trustpay.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc-DEF_123.4", "4f1c2a9e-7b7e-4a37-9d0e-0a1b2c3d4e5f", "trace:0001"})
    void aWellFormedCallerIdIsKept(String id) {
        assertThat(RequestIds.acceptOrCreate(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "has space inside", "line\nbreak-injected", "<script>alert(1)</script>"})
    void anythingElseGetsAFreshUuid(String id) {
        assertThat(RequestIds.acceptOrCreate(id))
                .isNotEqualTo(id)
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
