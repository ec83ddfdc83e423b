package com.trustpay.platform.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.security.SigningKeysUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServletSecurityProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ServletProblems problems = new ServletProblems(JSON);
    private final ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
    private final ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);

    @Test
    void withoutATokenAuthenticationIsRequired() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(
                new MockHttpServletRequest("GET", "/api/escrows"),
                response,
                new InsufficientAuthenticationException("Full authentication is required"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode body = body(response);
        assertThat(body.get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(body.get("type").asString()).isEqualTo("https://trustpay.dev/problems/authentication-required");
        assertThat(body.get("instance").asString()).isEqualTo("/api/escrows");
    }

    @Test
    void aBadTokenIsAnInvalidToken() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        request.addHeader("Authorization", "Bearer not.a.jwt");
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(request, response, new InvalidBearerTokenException("Jwt expired"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(body(response).get("code").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(body(response).get("detail").asString()).doesNotContain("Jwt expired");
    }

    @Test
    void signingKeysThatCannotBeFetchedAreAServiceOutage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(
                new MockHttpServletRequest("GET", "/api/me"),
                response,
                new SigningKeysUnavailableException("Sign-in cannot be checked right now.", null));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(body(response).get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(body(response).get("detail").asString()).isEqualTo("Sign-in cannot be checked right now.");
    }

    @Test
    void aCallerWithoutTheRoleIsForbidden() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        accessDenied.handle(
                new MockHttpServletRequest("POST", "/api/admin/escrows/e1/resolve"),
                response,
                new AccessDeniedException("Access Denied"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"insufficient_scope\"");
        assertThat(body(response).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    private static JsonNode body(MockHttpServletResponse response) {
        return JSON.readTree(response.getContentAsByteArray());
    }
}
