package com.trustpay.payment.internal.web;

import com.trustpay.platform.web.Problem;
import com.trustpay.platform.web.servlet.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Minimal protection of {@code /internal/**}: with a configured token, callers must send it as
 * {@code X-Internal-Token}; without one, only loopback callers are served. Anything else gets a 403 problem
 * {@code INTERNAL_ONLY}.
 */
public class InternalAccessFilter extends OncePerRequestFilter {

    private final String token;
    private final ServletProblems problems;

    public InternalAccessFilter(String token, ServletProblems problems) {
        this.token = token == null || token.isBlank() ? null : token;
        this.problems = problems;
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
        problems.write(request, response, Problem.of(HttpStatus.FORBIDDEN, "INTERNAL_ONLY", "internal API"));
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
