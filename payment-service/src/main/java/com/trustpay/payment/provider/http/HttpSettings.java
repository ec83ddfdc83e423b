package com.trustpay.payment.provider.http;

import java.time.Duration;

/**
 * Client settings shared by the provider adapters.
 *
 * @param callTimeout the whole call, from connect to the last byte; an expired call is an unknown outcome
 * @param getRetries extra tries of a GET whose outcome was unknown (never for POST or PUT)
 */
public record HttpSettings(
        Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxIdleConnections, int getRetries) {

    public HttpSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(15) : callTimeout;
        maxIdleConnections = maxIdleConnections <= 0 ? 16 : maxIdleConnections;
        getRetries = Math.max(0, getRetries);
    }
}
