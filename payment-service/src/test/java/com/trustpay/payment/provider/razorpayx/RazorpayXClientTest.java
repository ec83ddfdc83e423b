package com.trustpay.payment.provider.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.WireJson;
import com.trustpay.payment.provider.domain.PayoutSpec;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.support.ProviderClientTest;
import java.util.Base64;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The RazorpayX adapter against a local mock server answering with PROVIDERS.md §8 payload shapes. */
class RazorpayXClientTest extends ProviderClientTest {

    private static final String PAYOUT = """
            {"id": "pout_00000000000001", "entity": "payout", "fund_account_id": "fa_00000000000001",
             "amount": 150000, "currency": "INR", "fees": 0, "tax": 0, "status": "processing", "utr": null,
             "mode": "UPI", "purpose": "payout", "reference_id": "PO0123456789abcdef01234567-1-1",
             "narration": "TrustPay escrow release",
             "status_details": {"description": null, "source": null, "reason": null}, "created_at": 1767000000}
            """;

    private RazorpayXClient client;

    @BeforeEach
    void start() throws Exception {
        client = new RazorpayXClient(new RazorpayXProperties(
                baseUrl(), "rzp_test_sandbox", "sandbox_secret", "7878780080316316", quickHttp(1)));
    }

    @Test
    void compositePayoutCarriesTheIdempotencyKeyBasicAuthAndTheVpa() throws Exception {
        server.enqueue(json(200, PAYOUT));

        ProviderResult<ProviderPayout> result = client.create(spec());

        ProviderPayout payout = ((ProviderResult.Ok<ProviderPayout>) result).value();
        assertThat(payout.id()).isEqualTo("pout_00000000000001");
        assertThat(payout.status()).isEqualTo("processing");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v1/payouts");
        assertThat(sent.getHeaders().get("X-Payout-Idempotency")).isEqualTo("PO0123456789abcdef01234567-1-1");
        assertThat(sent.getHeaders().get("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("rzp_test_sandbox:sandbox_secret".getBytes()));
        JsonNode body = WireJson.mapper().readTree(sent.getBody().utf8());
        assertThat(body.path("account_number").asString()).isEqualTo("7878780080316316");
        assertThat(body.path("mode").asString()).isEqualTo("UPI");
        assertThat(body.path("reference_id").asString()).isEqualTo("PO0123456789abcdef01234567-1-1");
        assertThat(body.path("fund_account").path("vpa").path("address").asString())
                .isEqualTo("payee@okicici");
        assertThat(body.path("fund_account").path("contact").path("name").asString())
                .isEqualTo("Asha");
    }

    @Test
    void theSameSpecIsSentAsTheSameBody() throws Exception {
        server.enqueue(json(500, "{\"error\": {\"code\": \"SERVER_ERROR\", \"description\": \"boom\"}}"));
        server.enqueue(json(200, PAYOUT));

        assertThat(client.create(spec())).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(client.create(spec())).isInstanceOf(ProviderResult.Ok.class);

        assertThat(server.takeRequest().getBody())
                .isEqualTo(server.takeRequest().getBody());
    }

    @Test
    void aBadRequestIsRejectedWithRazorpaysDescription() {
        server.enqueue(json(400, """
                {"error": {"code": "BAD_REQUEST_ERROR", "description": "Invalid VPA address", "source": "business",
                 "step": "payout_initiation", "reason": "input_validation_failed", "metadata": {},
                 "field": "fund_account.vpa.address"}}
                """));

        assertThat(client.create(spec())).isInstanceOfSatisfying(ProviderResult.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("BAD_REQUEST_ERROR");
            assertThat(r.message()).isEqualTo("Invalid VPA address");
        });
    }

    @Test
    void aFailedPayoutIsReadWithItsStatusDetails() {
        server.enqueue(
                json(
                        200,
                        PAYOUT.replace("\"processing\"", "\"failed\"")
                                .replace(
                                        "\"status_details\": {\"description\": null, \"source\": null, \"reason\": null}",
                                        "\"status_details\": {\"description\": \"The beneficiary VPA is invalid\","
                                                + " \"source\": \"beneficiary_bank\", \"reason\": \"beneficiary_vpa_invalid\"}")));

        ProviderPayout payout = ((ProviderResult.Ok<ProviderPayout>) client.read("pout_00000000000001")).value();

        assertThat(payout.failed()).isTrue();
        assertThat(payout.reasonCode()).isEqualTo("beneficiary_vpa_invalid");
        assertThat(payout.reason()).isEqualTo("The beneficiary VPA is invalid");
    }

    @Test
    void aConflictOrARequestTimeoutIsAnUnknownOutcomeNotARefusal() {
        server.enqueue(json(409, "{\"error\": {\"code\": \"BAD_REQUEST_ERROR\", \"description\": \"in progress\"}}"));
        server.enqueue(json(408, "{\"error\": {\"code\": \"BAD_REQUEST_ERROR\", \"description\": \"timeout\"}}"));

        assertThat(client.create(spec())).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(client.create(spec())).isInstanceOf(ProviderResult.Unknown.class);
    }

    @Test
    void aPayoutIsFoundByItsReferenceAmongTheAccountsPayouts() throws Exception {
        server.enqueue(json(200, "{\"entity\": \"collection\", \"count\": 1, \"items\": [" + PAYOUT + "]}"));
        server.enqueue(json(200, "{\"entity\": \"collection\", \"count\": 0, \"items\": []}"));

        var found = client.findByReference("PO0123456789abcdef01234567-1-1");
        var none = client.findByReference("PO0123456789abcdef01234567-1-2");

        assertThat(((ProviderResult.Ok<java.util.Optional<ProviderPayout>>) found).value())
                .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("pout_00000000000001"));
        assertThat(((ProviderResult.Ok<java.util.Optional<ProviderPayout>>) none).value())
                .isEmpty();
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget())
                .isEqualTo("/v1/payouts?account_number=7878780080316316&reference_id=PO0123456789abcdef01234567-1-1");
    }

    @Test
    void theStoredBodyIsSentAsIs() throws Exception {
        server.enqueue(json(200, PAYOUT));
        byte[] body = client.requestBody(spec());

        client.create("PO0123456789abcdef01234567-1-1", body);

        assertThat(server.takeRequest().getBody().toByteArray()).isEqualTo(body);
    }

    private static PayoutSpec spec() {
        return new PayoutSpec(
                "PO0123456789abcdef01234567-1-1", 150_000, "payee@okicici", "Asha", "TrustPay escrow release");
    }
}
