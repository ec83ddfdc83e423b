package com.trustpay.platform.web.servlet;

import com.trustpay.platform.problem.InvalidField;
import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an {@code Idempotency-Key} header that is not printable ASCII (space to {@code ~}) with a 400 problem,
 * on every path, before a service stores or compares it. A key is an opaque token the client generated (a UUID in
 * our UI); anything else in it is a broken client or a probe.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    private final ServletProblems problems;

    public IdempotencyKeyFilter(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String key : Collections.list(request.getHeaders(HEADER))) {
            if (!printableAscii(key)) {
                String detail = HEADER + " may only contain printable ASCII characters";
                problems.write(
                        request,
                        response,
                        Problem.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_IDEMPOTENCY_KEY, detail)
                                .withErrors(List.of(new InvalidField(HEADER, detail))));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean printableAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }
}
