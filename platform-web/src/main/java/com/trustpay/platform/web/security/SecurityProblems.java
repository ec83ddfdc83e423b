package com.trustpay.platform.web.security;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Which problem answers a refused token or caller, for the servlet and the reactive entry points alike: 401
 * {@code AUTHENTICATION_REQUIRED} without a token, 401 {@code INVALID_TOKEN} for a bad one, 403 {@code FORBIDDEN},
 * 503 {@code SERVICE_UNAVAILABLE} when the signing keys cannot be fetched. The {@code WWW-Authenticate} challenge
 * of RFC 6750 goes with each 401 and 403.
 */
public final class SecurityProblems {

    /** Seconds a caller should wait before retrying when tokens cannot be checked. */
    public static final String RETRY_AFTER_SECONDS = "10";

    /** A problem and the headers that go with it. */
    public record Refusal(Problem problem, Map<String, String> headers) {}

    private SecurityProblems() {}

    /**
     * @param tokenSent whether the request carried an {@code Authorization} header: then it is the token that is
     *     bad, even when Spring Security reports it as missing credentials
     */
    public static Refusal authenticationFailed(AuthenticationException e, boolean tokenSent) {
        if (e instanceof SigningKeysUnavailableException) {
            return new Refusal(
                    Problem.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE, e.getMessage()),
                    Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
        if (e instanceof InvalidBearerTokenException || tokenSent) {
            return new Refusal(
                    Problem.of(
                            HttpStatus.UNAUTHORIZED,
                            ProblemCodes.INVALID_TOKEN,
                            "The access token is missing its signature, expired or not issued by TrustPay; "
                                    + "log in again."),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
        }
        return new Refusal(
                Problem.of(
                        HttpStatus.UNAUTHORIZED,
                        ProblemCodes.AUTHENTICATION_REQUIRED,
                        "Log in to use this part of the API."),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    /** A signed-in caller without the role the path needs. */
    public static Refusal accessDenied() {
        return new Refusal(
                Problem.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "Your account is not allowed to do this."),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
    }
}
