/**
 * Users and access: registration with hashed passwords, login issuing RS256 JWTs, the JWKS document, the first
 * admin from configuration, and the resource-server rules that protect every {@code /api/**} path.
 */
package com.trustpay.escrow.identity;
