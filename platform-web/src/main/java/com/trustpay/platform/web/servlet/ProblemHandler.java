package com.trustpay.platform.web.servlet;

import com.trustpay.platform.problem.InvalidField;
import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.problem.ProblemException;
import com.trustpay.platform.web.Problem;
import com.trustpay.platform.web.json.NulCharacterException;
import com.trustpay.platform.web.json.StrictJson;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of a Spring MVC controller as a {@link Problem}: a {@link ProblemException} with its own code, bean
 * validation as {@code VALIDATION_FAILED} listing the fields, Spring MVC's own errors (unreadable JSON, wrong
 * method, unknown path, ...) with the generic code of their status, and anything unexpected as {@code
 * INTERNAL_ERROR} without a word about the cause. Ordered last, so a service's own advice comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String INTERNAL_DETAIL = "Something went wrong on our side";

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Spring Security's refusals must reach its filters (401/403 there), never become a 500 here. */
    private static final List<String> SECURITY_EXCEPTIONS = List.of(
            "org.springframework.security.access.AccessDeniedException",
            "org.springframework.security.core.AuthenticationException");

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Problem> problem(ProblemException e, HttpServletRequest request) {
        return Problem.of(e).at(request.getRequestURI()).toResponseEntity(Problem.headersOf(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (isSecurityRefusal(e)) {
            throw e;
        }
        if (BodyTooLargeException.isCauseOf(e)) {
            return tooLarge(e).at(request.getRequestURI()).toResponseEntity();
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR, INTERNAL_DETAIL)
                .at(request.getRequestURI())
                .toResponseEntity();
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, validation(fields(ex.getBindingResult())), headers, status, request);
    }

    /**
     * An unreadable body: 413 when it went past the body limit, 400 {@code NUL_CHARACTER} or {@code
     * INVALID_FIELD_TYPE} naming the field when one value was refused (see {@link StrictJson}), else Spring's 400.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodyTooLargeException.isCauseOf(ex)) {
            Problem problem = tooLarge(ex);
            return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.status()), request);
        }
        MismatchedInputException refused = mismatch(ex);
        if (refused != null && !refused.getPath().isEmpty()) {
            return handleExceptionInternal(ex, refusedValue(refused), headers, status, request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private static @Nullable MismatchedInputException mismatch(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException refused) {
                return refused;
            }
        }
        return null;
    }

    private static Problem tooLarge(Exception e) {
        return Problem.of(HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE, rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge.getMessage();
            }
        }
        return "The request body is too large";
    }

    /** One JSON value of the wrong type (or with a NUL character), as a problem naming its field. */
    private static Problem refusedValue(MismatchedInputException refused) {
        String field = fieldPath(refused);
        if (refused instanceof NulCharacterException) {
            String detail = field + " may not contain the NUL character";
            return Problem.of(HttpStatus.BAD_REQUEST, ProblemCodes.NUL_CHARACTER, detail)
                    .withErrors(List.of(new InvalidField(field, detail)));
        }
        String detail = field + " " + expected(refused.getTargetType());
        return Problem.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_FIELD_TYPE, detail)
                .withErrors(List.of(new InvalidField(field, detail)));
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (boxed == Long.class
                || boxed == Integer.class
                || boxed == Short.class
                || boxed == Byte.class
                || boxed == java.math.BigInteger.class) {
            return "must be a whole number, without quotes or a fraction";
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "must be a number, without quotes";
        }
        if (boxed == Boolean.class) {
            return "must be true or false, without quotes";
        }
        if (boxed == String.class) {
            return "must be a text in quotes";
        }
        return "has a value of the wrong type";
    }

    /** {@code amountPaise}, {@code items[2].name}: the path of the refused value in the body. */
    private static String fieldPath(MismatchedInputException refused) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : refused.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return handleExceptionInternal(ex, null, headers, status, request);
        }
        List<InvalidField> fields = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> fields.add(new InvalidField(
                        result.getMethodParameter().getParameterName() == null
                                ? "parameter"
                                : result.getMethodParameter().getParameterName(),
                        String.valueOf(error.getDefaultMessage())))));
        return handleExceptionInternal(ex, validation(fields), headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Problem problem = body instanceof Problem given
                ? given
                : Problem.of(status, ProblemCodes.forStatus(status.value()), detail(ex, status));
        if (request instanceof ServletWebRequest servlet) {
            problem = problem.at(servlet.getRequest().getRequestURI());
        }
        if (status.is5xxServerError()) {
            log.error("Request failed with {}", status.value(), ex);
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, problem, problemHeaders, status, request);
    }

    /** Spring's words for a client error (they name no internals); ours for a server error. */
    private String detail(Exception ex, HttpStatusCode status) {
        if (status.is5xxServerError()) {
            return INTERNAL_DETAIL;
        }
        ProblemDetail body = ex instanceof ErrorResponse error
                ? error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale())
                : null;
        return body != null && body.getDetail() != null ? body.getDetail() : ex.getMessage();
    }

    private static Problem validation(List<InvalidField> fields) {
        String detail =
                switch (fields.size()) {
                    case 0 -> "The request is not valid";
                    case 1 -> fields.getFirst().message();
                    default -> fields.size() + " inputs are not valid; see errors";
                };
        return Problem.of(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, detail)
                .withErrors(fields);
    }

    private static List<InvalidField> fields(BindingResult result) {
        List<InvalidField> fields = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error ->
                        fields.add(new InvalidField(error.getField(), String.valueOf(error.getDefaultMessage()))));
        result.getGlobalErrors()
                .forEach(error ->
                        fields.add(new InvalidField(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return fields;
    }

    private static boolean isSecurityRefusal(Throwable e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (SECURITY_EXCEPTIONS.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
