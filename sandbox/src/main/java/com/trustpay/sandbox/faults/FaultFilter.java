package com.trustpay.sandbox.faults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies endpoint faults to provider paths ({@code /api/**}, {@code /v1/**}, {@code /phonepe/apis/**}); {@code /sandbox/**} is never
 * affected. A 5xx fault answers before the request is handled (nothing happened); a timeout fault lets the request
 * take effect, discards its answer and replies 504 after {@link Faults#timeoutMs()}.
 */
class FaultFilter extends OncePerRequestFilter {

    private final FaultSettings settings;

    FaultFilter(FaultSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.startsWith("/v1/") || path.startsWith("/phonepe/apis/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EndpointFault fault = settings.forRequest(request.getMethod(), request.getRequestURI());
        sleep(fault.latencyMs());
        if (FaultSettings.roll(fault.errorRate())) {
            int status = fault.refusalStatus();
            write(response, status, errorBody(request, status >= 500 ? "injected server error" : "injected refusal"));
            return;
        }
        if (!FaultSettings.roll(fault.timeoutRate())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper swallowed = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, swallowed);
        sleep(settings.get().timeoutMs());
        response.reset();
        write(response, 504, errorBody(request, "injected timeout"));
    }

    private static String errorBody(HttpServletRequest request, String detail) {
        if (request.getRequestURI().startsWith("/phonepe/")) {
            String code =
                    switch (detail) {
                        case "injected refusal" -> "BAD_REQUEST";
                        case "injected timeout" -> "TIMED_OUT";
                        default -> "INTERNAL_SERVER_ERROR";
                    };
            return "{\"code\":\"" + code + "\",\"message\":\"" + detail + "\",\"data\":{}}";
        }
        if (request.getRequestURI().startsWith("/v1/payouts") && detail.equals("injected refusal")) {
            return "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"" + detail
                    + "\",\"source\":\"NA\",\"step\":\"NA\",\"reason\":\"NA\",\"metadata\":{}}}";
        }
        if (request.getRequestURI().startsWith("/v1/payouts")) {
            return "{\"error\":{\"code\":\"SERVER_ERROR\",\"description\":\"" + detail
                    + "\",\"source\":\"NA\",\"step\":\"NA\",\"reason\":\"NA\",\"metadata\":{}}}";
        }
        return "{\"code\":\"internal-server-error\",\"detail\":\"" + detail + "\",\"docUrl\":\"\"}";
    }

    private static void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
