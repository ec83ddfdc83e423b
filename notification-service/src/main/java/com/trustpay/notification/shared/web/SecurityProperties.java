package com.trustpay.notification.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How access tokens are checked ({@code trustpay.security.*}).
 *
 * @param jwkSetUri escrow-service's JWKS document
 * @param issuer the expected {@code iss}; blank accepts any
 */
@ConfigurationProperties("trustpay.security")
public record SecurityProperties(String jwkSetUri, String issuer) {}
