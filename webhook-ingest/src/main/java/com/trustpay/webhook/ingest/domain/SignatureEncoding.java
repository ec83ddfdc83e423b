package com.trustpay.webhook.ingest.domain;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** How a provider writes the HMAC digest in its signature header. */
public enum SignatureEncoding {
    /** Standard Base64 (Setu). */
    BASE64 {
        @Override
        byte[] decodeOrThrow(String text) {
            return Base64.getDecoder().decode(text);
        }
    },
    /** Hexadecimal in either case (Razorpay, RazorpayX). */
    HEX {
        @Override
        byte[] decodeOrThrow(String text) {
            return HexFormat.of().parseHex(text);
        }
    };

    /** The digest bytes, or empty when {@code text} (surrounding white space ignored) is not in this encoding. */
    public Optional<byte[]> decode(String text) {
        try {
            return Optional.of(decodeOrThrow(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    abstract byte[] decodeOrThrow(String text);
}
