package com.trustpay.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for data encrypted at rest ({@code trustpay.crypto.*}), from the environment. Only a service's
 * {@code application-sandbox.yml} has built-in values; outside the sandbox profile the production-readiness check
 * refuses to start without real ones (ADR 0020).
 *
 * @param keys the data key ring, {@code "k2:<base64 of 32 bytes>,k1:<base64>"} ({@code TRUSTPAY_DATA_KEYS})
 * @param activeKey the id of the key new values are sealed under ({@code TRUSTPAY_DATA_KEY_ACTIVE})
 * @param lookupKey base64 of at least 32 bytes for {@link LookupHash}, separate from the data keys
 *     ({@code TRUSTPAY_LOOKUP_KEY}); optional for a service that looks nothing up
 */
@ConfigurationProperties("trustpay.crypto")
public record CryptoProperties(String keys, String activeKey, String lookupKey) {

    @Override
    public String toString() {
        return "CryptoProperties[active " + activeKey + ", keys hidden]";
    }
}
