package com.trustpay.platform.web.servlet;

import com.trustpay.platform.web.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} straight to a servlet response, for code that runs outside Spring MVC: filters, plain
 * servlets, Spring Security's handlers. Cheap enough for a hot path (one small map, one write).
 */
public final class ServletProblems {

    private final JsonMapper json;

    public ServletProblems(JsonMapper json) {
        this.json = json;
    }

    /**
     * Writes the problem with its status, naming the request path as {@code instance} unless it names one already.
     * Headers set on the response before (e.g. {@code Retry-After}) are kept; a committed response is left alone.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Problem located = problem.instance() == null ? problem.at(request.getRequestURI()) : problem;
        byte[] bytes = json.writeValueAsBytes(located);
        response.setStatus(located.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
