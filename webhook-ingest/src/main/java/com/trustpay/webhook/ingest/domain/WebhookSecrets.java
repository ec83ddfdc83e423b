package com.trustpay.webhook.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a provider may sign with: the current one and, during a rotation, the previous one (a provider
 * keeps signing retries of older events with the old secret).
 */
public final class WebhookSecrets {

    private final List<HmacSha256> keys;

    private WebhookSecrets(List<HmacSha256> keys) {
        this.keys = List.copyOf(keys);
    }

    /** {@code previous} may be {@code null} or blank when no rotation is under way. */
    public static WebhookSecrets of(String current, String previous) {
        List<HmacSha256> keys = new ArrayList<>();
        keys.add(HmacSha256.keyedWith(current));
        if (previous != null && !previous.isBlank()) {
            keys.add(HmacSha256.keyedWith(previous));
        }
        return new WebhookSecrets(keys);
    }

    /** Whether {@code presented} is the digest of {@code body} under any active secret. Checks every key. */
    public boolean anyMatches(byte[] body, byte[] presented) {
        boolean matched = false;
        for (HmacSha256 key : keys) {
            matched |= key.matches(body, presented);
        }
        return matched;
    }

    public int size() {
        return keys.size();
    }
}
