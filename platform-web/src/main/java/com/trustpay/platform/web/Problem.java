package com.trustpay.platform.web;

import com.fasterxml.jackson.annotation.JsonValue;
import com.trustpay.platform.problem.InvalidField;
import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.problem.ProblemException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An RFC 7807 problem as every TrustPay service and the gateway write it. Its JSON members come in this order and
 * only when set: {@code type} ({@code https://trustpay.dev/problems/<code-in-kebab-case>}), {@code title} (the
 * status' reason phrase), {@code status}, {@code detail}, {@code instance} (the request path), {@code code} (the
 * stable, upper-snake-case code clients map to words), {@code errors} ({@code [{field, message}]} for refused
 * input), then any extension members.
 *
 * @param extensions more members after the standard ones, e.g. {@code quarantineId}; insertion order is kept
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<InvalidField> errors,
        Map<String, Object> extensions) {

    /** The extension member that repeats {@code Retry-After} in seconds. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private static final Set<String> MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "code", "errors");

    public Problem {
        Objects.requireNonNull(code, "code");
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem with a stable code; the type follows from the code, the title from the status. */
    public static Problem of(HttpStatusCode status, String code, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return new Problem(
                ProblemCodes.type(code),
                known == null ? "Error" : known.getReasonPhrase(),
                status.value(),
                detail,
                null,
                code,
                List.of(),
                Map.of());
    }

    /** The problem a {@link ProblemException} stands for: its kind's status, its code, message and fields. */
    public static Problem of(ProblemException e) {
        Problem problem = of(HttpStatusCode.valueOf(e.kind().status()), e.code(), e.getMessage())
                .withErrors(e.errors());
        return e.retryAfterSeconds() == null ? problem : problem.with(RETRY_AFTER_SECONDS, e.retryAfterSeconds());
    }

    /**
     * The headers that go with the problem of a {@link ProblemException}: {@code Retry-After} when it says when to
     * come back.
     */
    public static HttpHeaders headersOf(ProblemException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return headers;
    }

    /** The same problem, naming the request path it happened on. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, code, errors, extensions);
    }

    /** The same problem, listing the refused inputs. */
    public Problem withErrors(List<InvalidField> fields) {
        return new Problem(type, title, status, detail, instance, code, fields, extensions);
    }

    /** The same problem with one more extension member (never one of the standard members). */
    public Problem with(String member, Object value) {
        if (MEMBERS.contains(member)) {
            throw new IllegalArgumentException(member + " is a standard problem member");
        }
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, code, errors, more);
    }

    /** The same problem with more extension members, in the map's order. */
    public Problem with(Map<String, ?> members) {
        Problem problem = this;
        for (Map.Entry<String, ?> member : members.entrySet()) {
            problem = problem.with(member.getKey(), member.getValue());
        }
        return problem;
    }

    /** The JSON object: the members in their fixed order, unset ones left out. */
    @JsonValue
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        putIfSet(members, "title", title);
        members.put("status", status);
        putIfSet(members, "detail", detail);
        putIfSet(members, "instance", instance);
        members.put("code", code);
        if (!errors.isEmpty()) {
            members.put("errors", errors);
        }
        members.putAll(extensions);
        return members;
    }

    /** This problem as a response: its status, {@code application/problem+json} and the given headers. */
    public ResponseEntity<Problem> toResponseEntity(HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(this);
    }

    /** This problem as a response: its status and {@code application/problem+json}. */
    public ResponseEntity<Problem> toResponseEntity() {
        return toResponseEntity(HttpHeaders.EMPTY);
    }

    private static void putIfSet(Map<String, Object> members, String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
    }
}
