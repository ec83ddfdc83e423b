package com.trustpay.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.trustpay.platform.problem.InvalidField;
import com.trustpay.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aProblemCarriesItsStableCodeAsMemberAndType() {
        Problem problem = Problem.of(HttpStatus.CONFLICT, "SELF_JOIN", "You cannot join your own escrow");

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.title()).isEqualTo("Conflict");
        assertThat(problem.detail()).isEqualTo("You cannot join your own escrow");
        assertThat(problem.code()).isEqualTo("SELF_JOIN");
        assertThat(problem.type()).isEqualTo("https://trustpay.dev/problems/self-join");
    }

    @Test
    void theJsonMembersComeInOneOrderAndUnsetOnesAreLeftOut() {
        Problem problem = Problem.of(HttpStatus.NOT_FOUND, "UNKNOWN_PROVIDER", "No webhooks are taken from x");

        JsonNode json = JSON.readTree(JSON.writeValueAsBytes(problem.at("/webhooks/x")));

        assertThat(json.propertyNames()).containsExactly("type", "title", "status", "detail", "instance", "code");
        assertThat(json.get("instance").asString()).isEqualTo("/webhooks/x");
        assertThat(json.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void refusedFieldsAndExtensionsFollowTheStandardMembers() {
        Problem problem = Problem.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "2 inputs are not valid")
                .withErrors(List.of(new InvalidField("amountPaise", "too small"), new InvalidField("vpa", "no @")))
                .with("quarantineId", "q-1");

        JsonNode json = JSON.readTree(JSON.writeValueAsBytes(problem));

        assertThat(json.propertyNames())
                .containsExactly("type", "title", "status", "detail", "code", "errors", "quarantineId");
        assertThat(json.get("errors").get(0).get("field").asString()).isEqualTo("amountPaise");
        assertThat(json.get("errors").get(1).get("message").asString()).isEqualTo("no @");
    }

    @Test
    void aStandardMemberCannotBeOverwrittenAsAnExtension() {
        Problem problem = Problem.of(HttpStatus.BAD_REQUEST, "X", "x");

        assertThatIllegalArgumentException().isThrownBy(() -> problem.with("code", "Y"));
    }

    @Test
    void aProblemExceptionBecomesTheProblemOfItsKind() {
        Problem problem = Problem.of(ProblemException.invalid("amountPaise", "AMOUNT_TOO_SMALL", "At least 100 paise"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("AMOUNT_TOO_SMALL");
        assertThat(problem.errors()).containsExactly(new InvalidField("amountPaise", "At least 100 paise"));
    }

    @Test
    void anUnknownStatusStillHasATitle() {
        assertThat(Problem.of(HttpStatusCode.valueOf(599), "X", "x").title()).isEqualTo("Error");
    }

    @Test
    void asAResponseItHasItsStatusAndTheProblemContentType() {
        ResponseEntity<Problem> response = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "down")
                .toResponseEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
