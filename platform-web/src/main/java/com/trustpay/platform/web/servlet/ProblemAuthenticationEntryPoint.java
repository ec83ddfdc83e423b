package com.trustpay.platform.web.servlet;

import com.trustpay.platform.web.security.SecurityProblems;
import com.trustpay.platform.web.security.SecurityProblems.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A missing or bad bearer token as a problem with its {@code WWW-Authenticate} challenge (see {@link SecurityProblems}). */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ServletProblems problems;

    public ProblemAuthenticationEntryPoint(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Refusal refusal =
                SecurityProblems.authenticationFailed(e, request.getHeader(HttpHeaders.AUTHORIZATION) != null);
        refusal.headers().forEach(response::setHeader);
        problems.write(request, response, refusal.problem());
    }
}
