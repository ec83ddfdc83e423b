package com.trustpay.payment.polling.application;

import java.time.Duration;

/**
 * What a feature asks to have polled: attempts, payouts and refunds register one bean each (payouts also their
 * due retries) in their own configuration, and the {@link Poller} runs every one of them each round. So polling
 * knows no feature, and a feature that polls depends on polling only for this interface and its settings.
 */
@FunctionalInterface
public interface DueWork {

    /**
     * Works at most {@code max} due items, claiming each, with a lease of {@code lease}, only when its turn comes
     * (so the lease need outlast the work of one item, not of the round).
     *
     * @return how many were worked
     */
    int workDue(int max, Duration lease);
}
