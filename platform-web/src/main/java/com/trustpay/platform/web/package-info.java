/**
 * RFC 7807 problems the TrustPay way, for every service and the gateway: the one {@link
 * com.trustpay.platform.web.Problem} model ({@code type, title, status, detail, instance, code}, {@code errors} for
 * refused fields), written as {@code application/problem+json}. {@code servlet} writes it for Spring MVC services,
 * filters and plain servlets, {@code reactive} for the WebFlux gateway, {@code security} holds the JWT
 * resource-server defaults both share. Everything is auto-configured for the web stack that is present.
 */
package com.trustpay.platform.web;
