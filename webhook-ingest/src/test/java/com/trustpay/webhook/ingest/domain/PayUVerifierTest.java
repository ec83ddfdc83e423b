package com.trustpay.webhook.ingest.domain;

import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_PAYU_KEY;
import static com.trustpay.webhook.support.CallbackSigning.SANDBOX_PAYU_SALT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.webhook.support.CallbackSigning;
import com.trustpay.webhook.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayUVerifierTest {

    /**
     * SHA-512 of {@code sandboxpayusalt2026|success|||||||||att-7|esc-1|payer@example.com|Payer|Escrow
     * 42|100.00|TP-ATT-1|sandboxpayukey}, §4's reverse order, computed outside Java (Python's hashlib).
     */
    private static final String HASH =
            "2808a666bb32a7e2be1ac194a585ef7e869b01cc15299577ae86ed8e7b4cc9644951b2e4844206a59f4a1c5856399f160f9654789cf371f7d87cd7872c03dc50";
    /** The same with the {@code additionalCharges|} prefix for additionalCharges=5.00. */
    private static final String HASH_WITH_CHARGES =
            "608426cfe751ca2a4013218d1afbe4458a2d7a96b4bf1119c95cea9d07383d42d42284e3f2931fadfc1c90632998dbcedc05db17c01f798fc9dd08e20f0b172c";

    private final PayUVerifier verifier =
            new PayUVerifier(List.of(new PayUMerchant(SANDBOX_PAYU_KEY, SANDBOX_PAYU_SALT)));

    @Test
    void acceptsTheReverseHashOfTheFieldsAsReceived() {
        assertThat(CallbackSigning.payU(Payloads.payUHashedString(SANDBOX_PAYU_SALT, "TP-ATT-1", SANDBOX_PAYU_KEY)))
                .isEqualTo(HASH);

        assertThat(verifier.signatureValid(webhook(Payloads.payUForm("403993715521", "TP-ATT-1", HASH))))
                .isTrue();
    }

    @Test
    void theAdditionalChargesVariantPrefixesTheHashedString() {
        byte[] withCharges = (new String(
                                Payloads.payUForm("403993715521", "TP-ATT-1", HASH_WITH_CHARGES),
                                StandardCharsets.UTF_8)
                        + "&additionalCharges=5.00")
                .getBytes(StandardCharsets.UTF_8);
        byte[] chargesAddedToAPlainHash = (new String(
                                Payloads.payUForm("403993715521", "TP-ATT-1", HASH), StandardCharsets.UTF_8)
                        + "&additionalCharges=5.00")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.signatureValid(webhook(withCharges))).isTrue();
        assertThat(verifier.signatureValid(webhook(chargesAddedToAPlainHash))).isFalse();
    }

    @Test
    void rejectsATamperedAmountOrStatusAWrongSaltAndAMissingHash() {
        String form = new String(Payloads.payUForm("403993715521", "TP-ATT-1", HASH), StandardCharsets.UTF_8);
        String wrongSalt = CallbackSigning.payU(Payloads.payUHashedString("guessedsalt", "TP-ATT-1", SANDBOX_PAYU_KEY));

        assertThat(verifier.signatureValid(webhook(form.replace("amount=100.00", "amount=1.00"))))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(form.replace("amount=100.00", "amount=100.0"))))
                .as("the exact string received is hashed")
                .isFalse();
        assertThat(verifier.signatureValid(webhook(form.replace("status=success", "status=failure"))))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(form.replace(HASH, wrongSalt))))
                .isFalse();
        assertThat(verifier.signatureValid(webhook(form.replace("&hash=" + HASH, ""))))
                .isFalse();
    }

    @Test
    void theHashIsOverOurKeyNotTheKeyTheFormNames() {
        String form = new String(Payloads.payUForm("403993715521", "TP-ATT-1", HASH), StandardCharsets.UTF_8);
        String otherMerchantsHash =
                CallbackSigning.payU(Payloads.payUHashedString(SANDBOX_PAYU_SALT, "TP-ATT-1", "otherkey"));

        assertThat(verifier.signatureValid(webhook(
                        form.replace("key=sandboxpayukey", "key=otherkey").replace(HASH, otherMerchantsHash))))
                .isFalse();
    }

    @Test
    void thePreviousMerchantSaltStillVerifiesDuringARotation() {
        PayUVerifier rotating = new PayUVerifier(List.of(
                new PayUMerchant("newkey", "newsalt2027"), new PayUMerchant(SANDBOX_PAYU_KEY, SANDBOX_PAYU_SALT)));

        assertThat(rotating.signatureValid(webhook(Payloads.payUForm("403993715521", "TP-ATT-1", HASH))))
                .isTrue();
    }

    @Test
    void aFormWithARepeatedFieldOrABadEscapeIsNotVerifiable() {
        String form = new String(Payloads.payUForm("403993715521", "TP-ATT-1", HASH), StandardCharsets.UTF_8);

        assertThat(verifier.signatureValid(webhook(form + "&status=failure"))).isFalse();
        assertThat(verifier.signatureValid(webhook(form + "&udf9=%zz"))).isFalse();
    }

    @Test
    void theEventIsTheTransactionAndStatusThePaymentIdIsTheResource() {
        ProviderEvent event = verifier.parse(webhook(Payloads.payUForm("403993715521", "TP-ATT-1", HASH)));

        assertThat(event).isEqualTo(new ProviderEvent("TP-ATT-1:success", "payment.success", "403993715521", null));
    }

    @Test
    void aSignedFormWithoutTxnidOrStatusIsMalformed() {
        assertThatThrownBy(() -> verifier.parse(webhook("status=success&hash=00")))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("txnid");
        assertThatThrownBy(() -> verifier.parse(webhook("txnid=T1&hash=00")))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("status");
    }

    @Test
    void postsFormsNotJson() {
        assertThat(verifier.contentType()).isEqualTo("application/x-www-form-urlencoded");
    }

    private static InboundWebhook webhook(String form) {
        return webhook(form.getBytes(StandardCharsets.UTF_8));
    }

    private static InboundWebhook webhook(byte[] body) {
        return new InboundWebhook(
                "payu",
                Map.of("content-type", "application/x-www-form-urlencoded"),
                body,
                Instant.parse("2026-12-02T20:00:00Z"));
    }
}
