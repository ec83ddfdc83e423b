package com.trustpay.platform.web.servlet;

import com.trustpay.platform.web.security.SecurityProblems;
import com.trustpay.platform.web.security.SecurityProblems.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A signed-in caller refused by an authorization rule, e.g. a user on {@code /api/admin/**}: 403 {@code FORBIDDEN}. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ServletProblems problems;

    public ProblemAccessDeniedHandler(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Refusal refusal = SecurityProblems.accessDenied();
        refusal.headers().forEach(response::setHeader);
        problems.write(request, response, refusal.problem());
    }
}
