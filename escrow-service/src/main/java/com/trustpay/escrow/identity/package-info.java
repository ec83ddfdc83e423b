/**
 * Users and access: registration with hashed passwords, login issuing RS256 JWTs, browser sessions (a rotating
 * refresh token in an HttpOnly cookie, ADR 0023), the JWKS document, the first admin from configuration, and the
 * resource-server rules that protect every {@code /api/**} path.
 */
package com.trustpay.escrow.identity;
