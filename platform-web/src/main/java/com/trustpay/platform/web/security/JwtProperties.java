package com.trustpay.platform.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bearer tokens are checked.
 *
 * @param clockSkew how far the {@code exp} and {@code nbf} claims may be off our clock and still be accepted
 *     (env {@code TRUSTPAY_JWT_CLOCK_SKEW}, 30 s by default)
 */
@ConfigurationProperties("trustpay.jwt")
public record JwtProperties(@DefaultValue("30s") Duration clockSkew) {}
