package com.trustpay.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) for sealed values that must still be found by equality: sealed values never compare
 * equal (each has its own nonce), and a plain SHA-256 of a VPA is reversed by hashing every likely VPA. The key is a
 * separate one ({@code trustpay.crypto.lookup-key}), so the hash index gives nothing to someone who has the data keys
 * and no more, and the data keys can rotate without rebuilding every index. The column is part of the input: equal
 * values in two columns hash apart.
 */
public final class LookupHash {

    private final SecretKeySpec key;

    private LookupHash(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** A lookup key in base64, of at least 32 bytes. */
    public static LookupHash fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("No lookup key: set trustpay.crypto.lookup-key (TRUSTPAY_LOOKUP_KEY)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The lookup key is not base64");
        }
        if (bytes.length < DataKeys.KEY_BYTES) {
            throw new IllegalArgumentException(
                    "The lookup key has " + bytes.length + " bytes; it needs at least " + DataKeys.KEY_BYTES);
        }
        return new LookupHash(bytes);
    }

    /** The hex HMAC of the column's name and the UTF-8 text. */
    public String of(SealedColumn column, String value) {
        return of(column, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex HMAC of the column's name and the bytes. */
    public String of(SealedColumn column, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((column + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "LookupHash[key hidden]";
    }
}
