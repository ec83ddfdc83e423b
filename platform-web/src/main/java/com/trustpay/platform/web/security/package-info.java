/**
 * The JWT resource-server defaults escrow-service and the gateway share, whatever their web stack: the public
 * paths, the {@code roles} claim as {@code ROLE_*} authorities, token validation with a configurable clock skew
 * ({@code trustpay.jwt.clock-skew}, 30 s by default), and which problem answers a refused token or caller.
 */
package com.trustpay.platform.web.security;
