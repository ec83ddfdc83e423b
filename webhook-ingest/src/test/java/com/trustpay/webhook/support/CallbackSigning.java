package com.trustpay.webhook.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs callbacks the way PhonePe, PayU and Standard Webhooks senders do (PROVIDERS.md §2.6, §4, §5), written
 * independently of the verifiers, and the sandbox-profile credentials of {@code application-sandbox.yml}.
 */
public final class CallbackSigning {

    public static final String SANDBOX_RAZORPAY_SECRET = "sandbox_rzp_webhook_secret";
    public static final String SANDBOX_PHONEPE_USERNAME = "sandbox_phonepe";
    public static final String SANDBOX_PHONEPE_PASSWORD = "sandboxPhonePe2026";
    public static final String SANDBOX_PAYU_KEY = "sandboxpayukey";
    public static final String SANDBOX_PAYU_SALT = "sandboxpayusalt2026";

    private CallbackSigning() {}

    /** PhonePe's {@code Authorization}: lowercase hex SHA-256 of {@code username:password}. */
    public static String phonePe(String username, String password) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PayU's {@code hash}: lowercase hex SHA-512 of the reverse-hash string, given whole. */
    public static String payU(String hashedString) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-512").digest(hashedString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code v1,<Base64>} entry of {@code webhook-signature} under a {@code whsec_} secret. */
    public static String standard(String whsecSecret, String id, long timestamp, byte[] body) {
        try {
            byte[] key = Base64.getDecoder().decode(whsecSecret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
