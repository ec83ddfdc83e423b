package com.trustpay.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTest {

    @Test
    void problemCarriesItsStableCodeAsPropertyAndType() {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "SELF_JOIN", "You cannot join your own escrow");

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Conflict");
        assertThat(problem.getDetail()).isEqualTo("You cannot join your own escrow");
        assertThat(problem.getProperties()).containsEntry("code", "SELF_JOIN");
        assertThat(problem.getType()).hasToString("https://trustpay.dev/problems/self-join");
    }
}
