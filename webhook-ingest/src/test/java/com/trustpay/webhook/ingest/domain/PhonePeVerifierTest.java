package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.webhook.support.CallbackSigning;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhonePeVerifierTest {

    /** SHA-256 of {@code sandbox_phonepe:sandboxPhonePe2026}, computed outside Java (Python's hashlib). */
    private static final String SANDBOX_AUTHORIZATION =
            "a4d5a0cad8638c11b89daf14e9ae5c74029ff179ff407eabb372f941954653f6";

    private final PhonePeVerifier verifier = new PhonePeVerifier(List.of(
            PhonePeLogin.of(CallbackSigning.SANDBOX_PHONEPE_USERNAME, CallbackSigning.SANDBOX_PHONEPE_PASSWORD)));
    private final byte[] body = Payloads.phonePeOrder("OMO123", "checkout.order.completed", "COMPLETED", "OM456");

    @Test
    void acceptsTheHexSha256OfUsernameAndPassword() {
        assertThat(CallbackSigning.phonePe(
                        CallbackSigning.SANDBOX_PHONEPE_USERNAME, CallbackSigning.SANDBOX_PHONEPE_PASSWORD))
                .isEqualTo(SANDBOX_AUTHORIZATION);

        assertThat(verifier.signatureValid(webhook(body, SANDBOX_AUTHORIZATION)))
                .isTrue();
        assertThat(verifier.signatureValid(webhook(body, SANDBOX_AUTHORIZATION.toUpperCase(Locale.ROOT))))
                .isTrue();
    }

    @Test
    void rejectsAWrongPasswordAPrefixedOrTruncatedValueAndAMissingHeader() {
        assertThat(verifier.signatureValid(
                        webhook(body, CallbackSigning.phonePe(CallbackSigning.SANDBOX_PHONEPE_USERNAME, "guess1234"))))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, "SHA256 " + SANDBOX_AUTHORIZATION)))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, "Bearer " + SANDBOX_AUTHORIZATION)))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, SANDBOX_AUTHORIZATION.substring(2))))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(body, null))).isFalse();
    }

    @Test
    void thePreviousLoginStillVerifiesDuringARotation() {
        PhonePeVerifier rotating = new PhonePeVerifier(List.of(
                PhonePeLogin.of("new_phonepe", "newPhonePe2027"),
                PhonePeLogin.of(CallbackSigning.SANDBOX_PHONEPE_USERNAME, CallbackSigning.SANDBOX_PHONEPE_PASSWORD)));

        assertThat(rotating.signatureValid(webhook(body, SANDBOX_AUTHORIZATION)))
                .isTrue();
        assertThat(rotating.signatureValid(webhook(body, CallbackSigning.phonePe("new_phonepe", "newPhonePe2027"))))
                .isTrue();
        assertThat(verifier.signatureValid(webhook(body, CallbackSigning.phonePe("new_phonepe", "newPhonePe2027"))))
                .isFalse();
    }

    /** The header authenticates the sender only; the body is never covered, which is why it is read back later. */
    @Test
    void theAuthorizationDoesNotDependOnTheBody() {
        byte[] other = Payloads.phonePeOrder("OMO999", "checkout.order.failed", "FAILED", "OM9");

        assertThat(verifier.signatureValid(webhook(other, SANDBOX_AUTHORIZATION)))
                .isTrue();
    }

    @Test
    void theEventIsTheOrderItsEventStateAndLatestAttempt() {
        ProviderEvent event = verifier.parse(webhook(body, SANDBOX_AUTHORIZATION));

        assertThat(event)
                .isEqualTo(new ProviderEvent(
                        "OMO123:checkout.order.completed:COMPLETED:OM456", "checkout.order.completed", "OMO123", null));
    }

    @Test
    void eachFailedAttemptOfAPendingOrderIsItsOwnEvent() {
        String first = verifier.parse(webhook(
                        Payloads.phonePeOrder("OMO1", "pg.transaction.failed", "PENDING", "OM1"),
                        SANDBOX_AUTHORIZATION))
                .eventId();
        String second = verifier.parse(webhook(
                        Payloads.phonePeOrder("OMO1", "pg.transaction.failed", "PENDING", "OM2"),
                        SANDBOX_AUTHORIZATION))
                .eventId();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aRefundEventIsKeyedByTheRefundAndTheDeprecatedTypeIsOnlyAFallback() {
        byte[] refund = ("{\"event\":\"pg.refund.completed\",\"payload\":{\"originalMerchantOrderId\":\"TX123\","
                        + "\"refundId\":\"OMR7\",\"amount\":1234,\"state\":\"COMPLETED\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] typeOnly = "{\"type\":\"PG_ORDER_FAILED\",\"payload\":{\"orderId\":\"OMO2\",\"state\":\"FAILED\"}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.parse(webhook(refund, SANDBOX_AUTHORIZATION)))
                .isEqualTo(
                        new ProviderEvent("OMR7:pg.refund.completed:COMPLETED", "pg.refund.completed", "OMR7", null));
        assertThat(verifier.parse(webhook(typeOnly, SANDBOX_AUTHORIZATION)).eventId())
                .isEqualTo("OMO2:PG_ORDER_FAILED:FAILED");
    }

    @Test
    void aCallbackWithoutOrderOrStateIsMalformed() {
        for (String text : new String[] {
            "{\"event\":\"checkout.order.completed\",\"payload\":{\"state\":\"COMPLETED\"}}",
            "{\"event\":\"checkout.order.completed\",\"payload\":{\"orderId\":\"OMO1\"}}",
            "{\"payload\":{\"orderId\":\"OMO1\",\"state\":\"COMPLETED\"}}",
            "not json"
        }) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> verifier.parse(webhook(bytes, SANDBOX_AUTHORIZATION)))
                    .as(text)
                    .isInstanceOf(MalformedWebhookException.class);
        }
    }

    @Test
    void theAuthorizationIsNeverKeptWithTheReceipt() {
        assertThat(verifier.retainedHeaders()).doesNotContain("authorization");
    }

    private static InboundWebhook webhook(byte[] body, String authorization) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        return new InboundWebhook("phonepe", headers, body, Instant.parse("2026-12-02T20:00:00Z"));
    }
}
