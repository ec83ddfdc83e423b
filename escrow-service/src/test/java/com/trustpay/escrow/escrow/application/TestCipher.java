package com.trustpay.escrow.escrow.application;

import com.trustpay.platform.crypto.DataKeys;
import com.trustpay.platform.crypto.FieldCipher;

/** The sandbox's data key, for tests that build the repository by hand. */
final class TestCipher {

    static final FieldCipher INSTANCE =
            new FieldCipher(DataKeys.parse("sandbox1:mY+OI8D27rEzxDVWTqWAGtDmM9dPT4GJogWjv/C5J+c=", "sandbox1"));

    private TestCipher() {}
}
