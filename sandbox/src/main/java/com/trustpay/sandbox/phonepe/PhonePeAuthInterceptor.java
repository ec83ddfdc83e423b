package com.trustpay.sandbox.phonepe;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/** Requires {@code Authorization: O-Bearer <token>} with a live token on every PhonePe PG API; 401 otherwise. */
class PhonePeAuthInterceptor implements HandlerInterceptor {

    private static final String SCHEME = "O-Bearer ";

    private final TokenService tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    PhonePeAuthInterceptor(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null
                && header.startsWith(SCHEME)
                && tokens.valid(header.substring(SCHEME.length()).trim())) {
            return true;
        }
        response.setStatus(401);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream()
                .write(json.writeValueAsBytes(
                        PhonePeException.unauthorized("missing, invalid or expired O-Bearer token")
                                .body()));
        return false;
    }
}
