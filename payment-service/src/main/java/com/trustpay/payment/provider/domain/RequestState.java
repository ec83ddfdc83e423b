package com.trustpay.payment.provider.domain;

import java.util.List;

/**
 * A payment request as the provider sees it now.
 *
 * @param status {@code active}, {@code paid} or {@code closed} (Setu's words for both dqr and collect)
 * @param payments every payment made against it, oldest first
 */
public record RequestState(String instanceId, String status, List<ProviderPayment> payments) {

    public boolean closed() {
        return "closed".equals(status);
    }
}
