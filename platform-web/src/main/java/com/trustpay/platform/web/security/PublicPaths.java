package com.trustpay.platform.web.security;

/**
 * The paths every TrustPay resource server opens or guards the same way. A service opens more of its own (the
 * gateway its UI, escrow-service its metrics) after these.
 */
public final class PublicPaths {

    /**
     * Open to anyone, with POST only: signing up, logging in, and the browser session's refresh and logout, which
     * escrow-service checks by their cookie (ADR 0023).
     */
    public static final String[] POST = {
        "/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout"
    };

    /** Open to anyone, any method: the token signing keys, the OpenAPI documents and health. */
    public static final String[] ANY_METHOD = {
        "/.well-known/jwks.json", "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**"
    };

    /**
     * POST by any signed-in user, before the {@link #ADMIN} rule: presenting the one-time admin bootstrap token (the
     * service checks the token).
     */
    public static final String ADMIN_BOOTSTRAP = "/api/admin/bootstrap";

    /** Needs the {@link #ADMIN_ROLE} role. */
    public static final String ADMIN = "/api/admin/**";

    /** The role (without its {@code ROLE_} prefix) that operations staff have. */
    public static final String ADMIN_ROLE = "ADMIN";

    private PublicPaths() {}
}
