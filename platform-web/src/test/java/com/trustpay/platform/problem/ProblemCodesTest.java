package com.trustpay.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemCodesTest {

    @ParameterizedTest
    @CsvSource({
        "SELF_JOIN, https://trustpay.dev/problems/self-join",
        "AUTHENTICATION_REQUIRED, https://trustpay.dev/problems/authentication-required",
        "NOT_FOUND, https://trustpay.dev/problems/not-found"
    })
    void theTypeIsTheCodeInKebabCaseUnderOneBase(String code, String type) {
        assertThat(ProblemCodes.type(code)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({
        "400, MALFORMED_REQUEST",
        "401, AUTHENTICATION_REQUIRED",
        "403, FORBIDDEN",
        "404, NOT_FOUND",
        "405, METHOD_NOT_ALLOWED",
        "406, NOT_ACCEPTABLE",
        "409, REQUEST_REFUSED",
        "413, PAYLOAD_TOO_LARGE",
        "415, UNSUPPORTED_MEDIA_TYPE",
        "429, RATE_LIMITED",
        "500, INTERNAL_ERROR",
        "501, INTERNAL_ERROR",
        "502, SERVICE_UNAVAILABLE",
        "503, SERVICE_UNAVAILABLE",
        "504, SERVICE_UNAVAILABLE"
    })
    void everyErrorStatusHasAGenericCode(int status, String code) {
        assertThat(ProblemCodes.forStatus(status)).isEqualTo(code);
    }
}
