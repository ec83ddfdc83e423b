package com.trustpay.escrow.shared.web;

import com.trustpay.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 from the security filters as problems ({@code UNAUTHENTICATED}, {@code FORBIDDEN}), keeping the
 * {@code WWW-Authenticate} header that bearer-token clients expect.
 */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {}

    public static AuthenticationEntryPoint entryPoint(JsonMapper json) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            bearer.commence(request, response, e);
            write(json, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "A valid bearer token is required");
        };
    }

    public static AccessDeniedHandler accessDenied(JsonMapper json) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            bearer.handle(request, response, e);
            write(json, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "You may not do this");
        };
    }

    private static void write(
            JsonMapper json, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        ProblemDetail problem = Problems.of(status, code, detail);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("code", code);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
