package com.trustpay.payment.internal.web;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import com.trustpay.platform.web.servlet.ServletProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may call what on payment-service. {@code /internal/**} needs the {@link InternalToken} (unless none is
 * configured, which only the sandbox profile allows); everything else (the OpenAPI document, the error page, health
 * on the management port) is open. Spring Security matches on the normalised path, so {@code /%69nternal/...} is
 * {@code /internal/...}, and its firewall refuses what cannot be normalised ({@code ;} path parameters, encoded
 * slashes, {@code ..}) before any servlet sees it. Refusals are problems: 403 {@code INTERNAL_ONLY} for a missing or
 * wrong token, 400 {@code MALFORMED_REQUEST} for a refused path.
 */
public final class InternalApiSecurity {

    /** 403: {@code /internal/**} without the right {@code X-Internal-Token}. */
    public static final String INTERNAL_ONLY = "INTERNAL_ONLY";

    private InternalApiSecurity() {}

    public static SecurityFilterChain chain(HttpSecurity http, InternalToken token, ServletProblems problems)
            throws Exception {
        Problem refused = Problem.of(HttpStatus.FORBIDDEN, INTERNAL_ONLY, "internal API: send X-Internal-Token");
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new InternalTokenFilter(token), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> {
                    if (token.open()) {
                        requests.requestMatchers("/internal/**").permitAll();
                    } else {
                        requests.requestMatchers("/internal/**").hasAuthority(InternalTokenFilter.AUTHORITY);
                    }
                    requests.anyRequest().permitAll();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> problems.write(request, response, refused))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, refused)))
                .build();
    }

    /** A request the firewall refuses (a {@code ;} path parameter, an encoded slash, {@code ..}) as a problem. */
    public static RequestRejectedHandler rejectedAsProblem(ServletProblems problems) {
        return (request, response, e) -> problems.write(
                request,
                response,
                Problem.of(
                        HttpStatus.BAD_REQUEST,
                        ProblemCodes.MALFORMED_REQUEST,
                        "the request path is not in normal form (path parameters, encoded separators or dot segments)"));
    }
}
