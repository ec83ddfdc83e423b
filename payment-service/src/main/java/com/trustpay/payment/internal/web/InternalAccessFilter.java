package com.trustpay.payment.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Minimal protection of {@code /internal/**}: with a configured token, callers must send it as
 * {@code X-Internal-Token}; without one, only loopback callers are served. Anything else gets a 403 problem.
 */
public class InternalAccessFilter extends OncePerRequestFilter {

    private final String token;

    public InternalAccessFilter(String token) {
        this.token = token == null || token.isBlank() ? null : token;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(403);
        response.setContentType("application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"https://trustpay.dev/problems/internal-only\",\"title\":\"Forbidden\","
                                + "\"status\":403,\"detail\":\"internal API\",\"code\":\"INTERNAL_ONLY\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private boolean allowed(HttpServletRequest request) {
        if (token != null) {
            String given = request.getHeader("X-Internal-Token");
            return given != null
                    && MessageDigest.isEqual(
                            token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
