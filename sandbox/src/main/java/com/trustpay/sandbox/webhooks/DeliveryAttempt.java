package com.trustpay.sandbox.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver a webhook.
 *
 * @param number 1 for the first attempt, 2.. for retries and redeliveries
 * @param at when it started
 * @param url where it was sent
 * @param statusCode the receiver's HTTP status, or null when none came
 * @param error why it failed without a status (connection, timeout, outage), else null
 * @param durationMs how long it took
 * @param manual true for a redelivery asked through the admin endpoint
 */
public record DeliveryAttempt(
        int number, Instant at, String url, Integer statusCode, String error, long durationMs, boolean manual) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
