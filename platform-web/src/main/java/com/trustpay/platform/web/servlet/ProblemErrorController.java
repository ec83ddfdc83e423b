package com.trustpay.platform.web.servlet;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}) as a {@link Problem}, in place of Spring Boot's error JSON: what
 * fails outside a controller (a filter's exception, a {@code sendError}) gets the same members as everything else.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping
    ResponseEntity<Problem> error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail;
        if (status.is5xxServerError()) {
            if (failure instanceof Throwable cause) {
                log.error("Request to {} failed", path, cause);
            }
            detail = ProblemHandler.INTERNAL_DETAIL;
        } else {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            detail = message instanceof String text && !text.isBlank() ? text : reason(status);
        }
        Problem problem = Problem.of(status, ProblemCodes.forStatus(status.value()), detail);
        return (path == null ? problem : problem.at(path)).toResponseEntity();
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int value = code instanceof Integer number ? number : 500;
        return HttpStatusCode.valueOf(value < 400 ? 500 : value);
    }

    private static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "The request was refused" : known.getReasonPhrase();
    }
}
