package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.common.Ids;
import java.time.Instant;

/** What every Setu merchant resource has: a ULID id, the merchant it belongs to, and when it was created. */
public abstract class SetuResource {

    private final String id = Ids.ulid();
    private final String merchantId;
    private final String createdAt = SetuTime.format(Instant.now());

    protected SetuResource(String merchantId) {
        this.merchantId = merchantId;
    }

    public final String id() {
        return id;
    }

    public final String merchantId() {
        return merchantId;
    }

    /** RFC 3339 in India time, as Setu writes it. */
    public final String createdAt() {
        return createdAt;
    }
}
