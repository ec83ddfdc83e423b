/**
 * Rate limits: per client address on {@code /api/**} and {@code /webhooks/**} (before the token check, so a flood
 * of forged tokens is limited too) and per user on {@code /api/**} (after it). Over the limit: 429 problem JSON with
 * {@code Retry-After}. Spring Cloud Gateway's Redis limiter when Redis is configured, an in-memory one otherwise.
 */
package com.trustpay.gateway.ratelimit;
