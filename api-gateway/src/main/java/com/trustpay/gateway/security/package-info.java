/**
 * Edge security: bearer-token (JWT) validation against escrow-service's JWKS for {@code /api/**} (except register
 * and login) with platform-web's resource-server defaults (401/403 as problem JSON), security headers (CSP without
 * inline script, nosniff, frame-ancestors none, HSTS on TLS) and CORS closed unless origins are configured.
 */
package com.trustpay.gateway.security;
