package com.trustpay.platform.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServletProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ServletProblems problems = new ServletProblems(JSON);

    @Test
    void aProblemIsWrittenWithItsStatusContentTypeAndThePathAsInstance() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/internal/transactions");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Retry-After", "3");

        problems.write(request, response, Problem.of(HttpStatus.FORBIDDEN, "INTERNAL_ONLY", "internal API"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("3");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        JsonNode body = JSON.readTree(response.getContentAsByteArray());
        assertThat(body.get("type").asString()).isEqualTo("https://trustpay.dev/problems/internal-only");
        assertThat(body.get("instance").asString()).isEqualTo("/internal/transactions");
        assertThat(body.get("code").asString()).isEqualTo("INTERNAL_ONLY");
    }

    @Test
    void aCommittedResponseIsLeftAlone() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(200);
        response.getOutputStream().write('x');
        response.flushBuffer();

        problems.write(
                new MockHttpServletRequest("GET", "/"), response, Problem.of(HttpStatus.CONFLICT, "LATE", "too late"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("x");
    }
}
