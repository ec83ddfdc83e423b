package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.CallbackSigning;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the verify-then-parse path with arbitrary bodies and headers. Whatever arrives, a correct signature
 * (computed independently) verifies, anything else does not, and reading the body either yields a complete
 * event or a {@link MalformedWebhookException}, never another exception.
 *
 * <p>The normal build fuzzes for a bounded number of runs (surefire sets {@code JAZZER_FUZZ}); without it,
 * Jazzer replays the seed inputs under {@code src/test/resources}.
 */
class WebhookParsingFuzzTest {

    private static final String STANDARD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final List<WebhookVerifier> VERIFIERS = List.of(
            new SetuVerifier(WebhookSecrets.of(ProviderSignatures.LOCAL_SETU_SECRET, "previoussecret1234567890")),
            new RazorpayXVerifier(WebhookSecrets.of(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, null)),
            new RazorpayVerifier(WebhookSecrets.of(CallbackSigning.SANDBOX_RAZORPAY_SECRET, null)),
            new PhonePeVerifier(List.of(PhonePeLogin.of(
                    CallbackSigning.SANDBOX_PHONEPE_USERNAME, CallbackSigning.SANDBOX_PHONEPE_PASSWORD))),
            new PayUVerifier(
                    List.of(new PayUMerchant(CallbackSigning.SANDBOX_PAYU_KEY, CallbackSigning.SANDBOX_PAYU_SALT))),
            StandardWebhooksVerifier.of("acme", List.of(STANDARD_SECRET), null));

    /**
     * Input layout (so that seed files are readable): the last byte picks the provider (bits 0-2, modulo the six
     * verifiers: Setu, RazorpayX, Razorpay, PhonePe, PayU, Standard Webhooks), whether the signature is correct
     * (bit 3) and whether an event-id header is sent (bit 4); everything before it is the body. A wrong signature is
     * made from the body's first bytes, so it is arbitrary text as well. PayU's hash is over the form's own fields,
     * so it is never computed here: its "signature" is always the arbitrary text, which must never verify.
     */
    @FuzzTest(maxExecutions = 30_000)
    void verifyingAndReadingNeverFailsUnexpectedly(FuzzedDataProvider data) {
        int flags = data.consumeInt(0, 31);
        byte[] body = data.consumeRemainingAsBytes();
        WebhookVerifier verifier = VERIFIERS.get((flags & 7) % VERIFIERS.size());
        boolean signCorrectly = (flags & 8) != 0 && !(verifier instanceof PayUVerifier);

        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if ((flags & 16) != 0) {
            headers.put("x-razorpay-event-id", "evt_" + body.length);
        }
        String arbitrary = new String(body, 0, Math.min(body.length, 64), StandardCharsets.ISO_8859_1);
        sign(verifier, body, signCorrectly, arbitrary, headers);
        InboundWebhook webhook = new InboundWebhook(verifier.provider(), headers, body, Instant.EPOCH);

        assertThat(verifier.signatureValid(webhook)).isEqualTo(signCorrectly);
        try {
            ProviderEvent event = verifier.parse(webhook);
            assertThat(event.eventId()).isNotBlank();
            assertThat(event.eventType()).isNotBlank();
        } catch (MalformedWebhookException expected) {
            // An unreadable body is an expected answer (400 and quarantine).
        }
    }

    /** Puts the verifier's signature headers in: computed independently when {@code correct}, else arbitrary. */
    private static void sign(
            WebhookVerifier verifier, byte[] body, boolean correct, String arbitrary, Map<String, String> headers) {
        switch (verifier) {
            case SetuVerifier setu ->
                headers.put(
                        "x-setu-signature",
                        correct ? ProviderSignatures.setu(ProviderSignatures.LOCAL_SETU_SECRET, body) : arbitrary);
            case RazorpayXVerifier razorpayX ->
                headers.put(
                        "x-razorpay-signature",
                        correct
                                ? ProviderSignatures.razorpayx(ProviderSignatures.LOCAL_RAZORPAYX_SECRET, body)
                                : arbitrary);
            case RazorpayVerifier razorpay ->
                headers.put(
                        "x-razorpay-signature",
                        correct
                                ? ProviderSignatures.razorpayx(CallbackSigning.SANDBOX_RAZORPAY_SECRET, body)
                                : arbitrary);
            case PhonePeVerifier phonePe ->
                headers.put(
                        "authorization",
                        correct
                                ? CallbackSigning.phonePe(
                                        CallbackSigning.SANDBOX_PHONEPE_USERNAME,
                                        CallbackSigning.SANDBOX_PHONEPE_PASSWORD)
                                : arbitrary);
            case StandardWebhooksVerifier standard -> {
                headers.put("webhook-id", "msg_fuzz");
                headers.put("webhook-timestamp", "0");
                headers.put(
                        "webhook-signature",
                        correct ? CallbackSigning.standard(STANDARD_SECRET, "msg_fuzz", 0, body) : arbitrary);
            }
            default -> {
                // PayU: the hash travels in the body.
            }
        }
    }
}
