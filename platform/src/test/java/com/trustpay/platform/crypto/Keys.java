package com.trustpay.platform.crypto;

import java.util.Base64;

/** Test keys: 32 bytes of one repeated value each, so that a test can tell them apart. */
final class Keys {

    static final String K1 = key(1);
    static final String K2 = key(2);

    private Keys() {}

    static String key(int fill) {
        byte[] bytes = new byte[DataKeys.KEY_BYTES];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static FieldCipher cipher(String ring, String active) {
        return new FieldCipher(DataKeys.parse(ring, active));
    }
}
