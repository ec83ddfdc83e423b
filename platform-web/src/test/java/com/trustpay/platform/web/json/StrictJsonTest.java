package com.trustpay.platform.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    record Create(String title, Long amountPaise, long fee, boolean urgent) {}

    record Amount(Long amountPaise) {}

    private static final JsonMapper LENIENT = JsonMapper.builder().build();
    private static final JsonMapper STRICT = StrictJson.of(LENIENT);

    @Test
    void valuesAsWrittenAreRead() {
        Create create =
                STRICT.readValue("{\"title\":\"Phone\",\"amountPaise\":15000,\"fee\":0,\"urgent\":true}", Create.class);
        assertThat(create).isEqualTo(new Create("Phone", 15000L, 0, true));
    }

    @Test
    void theApplicationsOwnMapperWouldTruncateAFraction() {
        assertThat(LENIENT.readValue("{\"amountPaise\":150.99}", Amount.class).amountPaise())
                .isEqualTo(150L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.99", "\"15000\"", "\"\"", "1.0e2"})
    void aWholeNumberFieldTakesOnlyAWholeNumber(String value) {
        assertThatThrownBy(() -> STRICT.readValue("{\"amountPaise\":" + value + "}", Amount.class))
                .isInstanceOfSatisfying(MismatchedInputException.class, e -> assertThat(
                                e.getPath().getFirst().getPropertyName())
                        .isEqualTo("amountPaise"));
    }

    @Test
    void aPrimitiveFieldIsAsStrict() {
        assertThatThrownBy(() -> STRICT.readValue("{\"fee\":\"5\",\"urgent\":false}", Create.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1"})
    void aBooleanIsTrueOrFalse(String value) {
        assertThatThrownBy(() -> STRICT.readValue("{\"fee\":0,\"urgent\":" + value + "}", Create.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aTextWithTheNulCharacterIsRefusedNamingTheField() {
        assertThatThrownBy(
                        () -> STRICT.readValue("{\"title\":\"Pho\\u0000ne\",\"fee\":0,\"urgent\":false}", Create.class))
                .isInstanceOfSatisfying(NulCharacterException.class, e -> assertThat(
                                e.getPath().getFirst().getPropertyName())
                        .isEqualTo("title"));
    }

    @Test
    void theApplicationsMapperIsLeftAsItWas() {
        assertThat(LENIENT.readValue("{\"amountPaise\":\"15000\"}", Amount.class)
                        .amountPaise())
                .isEqualTo(15000L);
    }
}
