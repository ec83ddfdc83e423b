package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.Api.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A forged payment.success for an unpaid escrow is refused at the door and changes nothing. */
class ForgedWebhookIT extends SystemTest {

    @Test
    void webhookWithABadSignatureIsRejectedAndChangesNothing() {
        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        JsonNode request = api.awaitPaymentRequest(deal.payer(), deal.id());
        String body = """
                {"eventId":"%s","eventType":"payment.success","eventTs":"2026-11-22T10:00:00+05:30",\
                "resource":"payment","status":"success","id":"01FORGEDPAYMENT0000000000A",\
                "merchantId":"01SANDBOXMERCHANT000000000","merchantReferenceId":"%s","amount":%d,\
                "currency":"INR","customerVpa":"attacker@upi","merchantVpa":"trustpay@sandbox","reason":{}}""".formatted(
                        UUID.randomUUID(), MoneyInvariants.paymentPrefix(UUID.fromString(deal.id())) + "01", AMOUNT);

        Reply reply = new Api(SystemUnderTest.apiBase())
                .postRaw(
                        "/webhooks/setu",
                        body.getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/json",
                        "x-setu-signature",
                        "bm90IHRoZSByaWdodCBzaWduYXR1cmUgYXQgYWxsIQ==");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("code").asString()).isNotBlank();
        pause(Duration.ofSeconds(3));
        assertThat(api.escrow(deal.payer(), deal.id()).get("status").asString()).isEqualTo("PAYMENT_PENDING");
        assertThat(api.payment(deal.payer(), deal.id()).get("status").asString())
                .isEqualTo("PENDING");
        assertThat(money.hold(deal.id()).collectedPaise()).isZero();
        assertThat(request.get("intentLink").asString()).isNotBlank();
    }

    /** Long enough for a wrongly accepted webhook to have travelled through Kafka to the escrow. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
