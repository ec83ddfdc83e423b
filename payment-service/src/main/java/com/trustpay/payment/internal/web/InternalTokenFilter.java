package com.trustpay.payment.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries the right {@link InternalToken} as the internal caller (authority {@code
 * INTERNAL}). It decides nothing: which paths need that authority is the security chain's matchers' business
 * ({@link InternalApiSecurity}), on the normalised path.
 */
final class InternalTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "INTERNAL";

    private final InternalToken token;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    InternalTokenFilter(InternalToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token.matches(request.getHeader(InternalToken.HEADER))) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(
                    "internal-caller", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
