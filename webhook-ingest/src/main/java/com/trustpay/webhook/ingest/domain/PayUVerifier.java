package com.trustpay.webhook.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * PayU transaction callbacks and webhooks (PROVIDERS.md §4), posted as {@code application/x-www-form-urlencoded}.
 * The form's {@code hash} is the lowercase hex SHA-512 of the "reverse hash" string, built from the exact field
 * values received and our merchant key and salt:
 *
 * <pre>SALT|status||||||udf5|udf4|udf3|udf2|udf1|email|firstname|productinfo|amount|txnid|key</pre>
 *
 * prefixed with {@code additionalCharges|} when the form carries {@code additionalCharges} (convenience fee). The
 * split-settlement and api_version 19 (udf6–10) variants are not accepted. Every active merchant (the current one
 * and, during a rotation, the previous one) is tried, all of them every time.
 *
 * <p>The de-duplication key is built from signed fields only, {@code <txnid>:<status>}: {@code mihpayid} (PayU's
 * payment id, the receipt's resource id) is not in the hash, so a replay with a changed one would otherwise be a
 * new event. PayU has no event type; it is {@code payment.<status>} ({@code payment.success},
 * {@code payment.failure}, ...). Only {@code success} means paid, which payment-service decides after reading the
 * transaction back.
 */
public final class PayUVerifier implements WebhookVerifier {

    public static final String PROVIDER = "payu";
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    /**
     * The fields after {@code SALT|status}, in the order hashed: five empty ones (udf10..udf6, so six pipes between
     * {@code status} and {@code udf5}), then udf5..udf1 and the rest.
     */
    private static final List<String> AFTER_STATUS = List.of(
            "",
            "",
            "",
            "",
            "",
            "udf5",
            "udf4",
            "udf3",
            "udf2",
            "udf1",
            "email",
            "firstname",
            "productinfo",
            "amount",
            "txnid");

    private final List<PayUMerchant> merchants;

    /** @param merchants the current merchant first, then the previous one during a rotation */
    public PayUVerifier(List<PayUMerchant> merchants) {
        if (merchants.isEmpty()) {
            throw new IllegalArgumentException("PayU webhooks need at least one merchant key and salt");
        }
        this.merchants = List.copyOf(merchants);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    /** A form that cannot be read cannot be verified either: it is refused as unsigned. */
    @Override
    public boolean signatureValid(InboundWebhook webhook) {
        FormBody form;
        try {
            form = FormBody.parse(webhook.body());
        } catch (MalformedWebhookException e) {
            return false;
        }
        Optional<byte[]> presented = SignatureEncoding.HEX.decode(form.text("hash"));
        if (presented.isEmpty()) {
            return false;
        }
        boolean matched = false;
        for (PayUMerchant merchant : merchants) {
            matched |= MessageDigest.isEqual(sha512(reverseHashString(form, merchant)), presented.get());
        }
        return matched;
    }

    /** The string PayU hashes for a callback, as given in PROVIDERS.md §4. */
    static String reverseHashString(FormBody form, PayUMerchant merchant) {
        StringBuilder text = new StringBuilder(256);
        String additionalCharges = form.text("additionalCharges");
        if (!additionalCharges.isEmpty()) {
            text.append(additionalCharges).append('|');
        }
        text.append(merchant.salt()).append('|').append(form.text("status"));
        for (String field : AFTER_STATUS) {
            text.append('|').append(field.isEmpty() ? "" : form.text(field));
        }
        return text.append('|').append(merchant.key()).toString();
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        FormBody form = FormBody.parse(webhook.body());
        String txnId = form.requiredText("txnid");
        String status = form.requiredText("status");
        String paymentId = form.text("mihpayid");
        return new ProviderEvent(
                txnId + ":" + status, "payment." + status, paymentId.isBlank() ? txnId : paymentId, null);
    }

    @Override
    public List<String> retainedHeaders() {
        return List.of("content-type");
    }

    private static byte[] sha512(String text) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
    }
}
