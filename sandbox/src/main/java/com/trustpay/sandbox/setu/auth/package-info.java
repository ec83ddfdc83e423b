/**
 * Setu token service ({@code POST /v1/users/login}, PROVIDERS.md 1.2) and the bearer plus {@code merchantId} check
 * on every {@code /api/**} call (1.3, 7.5). Tokens are HS256 JWTs that live 300 s of real time.
 */
package com.trustpay.sandbox.setu.auth;
