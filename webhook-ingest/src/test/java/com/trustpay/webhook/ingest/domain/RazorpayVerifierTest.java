package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.CallbackSigning;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RazorpayVerifierTest {

    private static final Instant CREATED = Instant.ofEpochSecond(1567674606);
    /** HMAC-SHA256 of {@link #BODY} under the sandbox secret, computed outside Java (Python's hmac). */
    private static final String BODY_SIGNATURE = "a8f7ffda12609101e537f186567057237aed0cd434d966e077f50aac386a9e32";
    /** §3.3's envelope with a captured UPI payment, exactly as signed. */
    private static final byte[] BODY = ("{\"entity\":\"event\",\"account_id\":\"acc_BFQ7uQEaa7j2z7\",\"event\":"
                    + "\"payment.captured\",\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":{\"id\":"
                    + "\"pay_DESlfW9H8K9uqM\",\"entity\":\"payment\",\"amount\":100,\"currency\":\"INR\",\"status\":"
                    + "\"captured\",\"order_id\":\"order_DESlLckIVRkHWj\",\"method\":\"upi\",\"vpa\":"
                    + "\"success@razorpay\",\"captured\":true,\"created_at\":1567674599}}},\"created_at\":1567674606}")
            .getBytes(StandardCharsets.UTF_8);

    private final RazorpayVerifier verifier =
            new RazorpayVerifier(WebhookSecrets.of(CallbackSigning.SANDBOX_RAZORPAY_SECRET, null));

    @Test
    void acceptsTheHexHmacOfTheRawBody() {
        assertThat(verifier.signatureValid(webhook(BODY, BODY_SIGNATURE, "evt_1")))
                .isTrue();
        assertThat(ProviderSignatures.razorpayx(CallbackSigning.SANDBOX_RAZORPAY_SECRET, BODY))
                .isEqualTo(BODY_SIGNATURE);
    }

    @Test
    void rejectsATamperedBodyAWrongSecretAndAMissingSignature() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
                .replace("\"amount\":100,", "\"amount\":100000,")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.signatureValid(webhook(tampered, BODY_SIGNATURE, "evt_1")))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(BODY, ProviderSignatures.razorpayx("not_the_secret", BODY), "e")))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(BODY, null, "evt_1"))).isFalse();
    }

    /** Razorpay keeps signing retries of older events with the old secret after a rotation (§3.1). */
    @Test
    void theOldSecretStillVerifiesAfterARotation() {
        RazorpayVerifier rotated =
                new RazorpayVerifier(WebhookSecrets.of("rotated_rzp_secret", CallbackSigning.SANDBOX_RAZORPAY_SECRET));

        assertThat(rotated.signatureValid(webhook(BODY, BODY_SIGNATURE, "evt_1")))
                .isTrue();
        assertThat(rotated.signatureValid(
                        webhook(BODY, ProviderSignatures.razorpayx("rotated_rzp_secret", BODY), "evt_1")))
                .isTrue();
    }

    @Test
    void theEventIsThePaymentItsEventAndCreationTimeFromTheSignedBody() {
        ProviderEvent event = verifier.parse(webhook(BODY, BODY_SIGNATURE, "evt_1"));

        assertThat(event)
                .isEqualTo(new ProviderEvent(
                        "pay_DESlfW9H8K9uqM:payment.captured:1567674606",
                        "payment.captured",
                        "pay_DESlfW9H8K9uqM",
                        CREATED));
        assertThat(verifier.parse(webhook(BODY, BODY_SIGNATURE, "evt_replayed")).eventId())
                .as("x-razorpay-event-id is not signed, so it decides nothing")
                .isEqualTo(event.eventId());
        assertThat(verifier.retainedHeaders()).contains("x-razorpay-event-id", "x-razorpay-signature");
    }

    @Test
    void aRefundEventIsAboutTheRefundAndABodyWithoutEntityIsMalformed() {
        byte[] refund = ("{\"entity\":\"event\",\"event\":\"refund.processed\",\"contains\":[\"refund\",\"payment\"],"
                        + "\"payload\":{\"refund\":{\"entity\":{\"id\":\"rfnd_1\"}},\"payment\":{\"entity\":"
                        + "{\"id\":\"pay_1\"}}},\"created_at\":1567674700}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] noEntity = "{\"event\":\"payment.failed\",\"contains\":[],\"payload\":{},\"created_at\":1}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.parse(webhook(refund, "x", null)).resourceId()).isEqualTo("rfnd_1");
        assertThatThrownBy(() -> verifier.parse(webhook(noEntity, "x", null)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("/payload/payment/entity/id");
        assertThat(verifier.parse(webhook(Payloads.razorpayPayment("pay_2", "payment.failed", CREATED), "x", null))
                        .eventType())
                .isEqualTo("payment.failed");
    }

    private static InboundWebhook webhook(byte[] body, String signature, String eventId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (signature != null) {
            headers.put("x-razorpay-signature", signature);
        }
        if (eventId != null) {
            headers.put("x-razorpay-event-id", eventId);
        }
        return new InboundWebhook("razorpay", headers, body, CREATED);
    }
}
