package com.trustpay.payment.provider.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.WireJson;
import com.trustpay.payment.provider.domain.PayoutSpec;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.support.ProviderClientTest;
import java.util.Arrays;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Cashfree Payouts V2 adapter against a local mock server answering with the shapes of Cashfree's published
 * Standard Transfer V2 and Get Transfer Status V2 examples (cashfree.com/docs/api-reference/payouts/v2).
 */
class CashfreePayoutsClientTest extends ProviderClientTest {

    private static final String REFERENCE = "PO0123456789abcdef01234567-1-1";
    private static final String TRANSFER_ID = "PO0123456789abcdef01234567_1_1";

    private CashfreePayoutsClient client;

    @BeforeEach
    void start() throws Exception {
        client = new CashfreePayoutsClient(
                new CashfreeProperties(baseUrl(), "CF_TEST_CLIENT", "cf_test_secret", null, quickHttp(1)));
    }

    @Test
    void aTransferToTheUpiIdIsSentInRupeesUnderOurReferenceWithTheClientCredentials() throws Exception {
        server.enqueue(json(200, transfer("RECEIVED", "RECEIVED", null)));

        ProviderPayout payout = ok(client.create(spec()));

        assertThat(payout.id()).isEqualTo("339");
        assertThat(payout.status()).isEqualTo("processing");
        assertThat(payout.referenceId())
                .as("our reference back, hyphens and all")
                .isEqualTo(REFERENCE);
        assertThat(payout.amountPaise()).isEqualTo(150_000);
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/payout/transfers");
        assertThat(sent.getHeaders().get("x-client-id")).isEqualTo("CF_TEST_CLIENT");
        assertThat(sent.getHeaders().get("x-client-secret")).isEqualTo("cf_test_secret");
        assertThat(sent.getHeaders().get("x-api-version")).isEqualTo("2024-01-01");
        JsonNode body = WireJson.mapper().readTree(sent.getBody().utf8());
        assertThat(body.path("transfer_id").asString()).isEqualTo(TRANSFER_ID);
        assertThat(body.path("transfer_amount").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(body.path("transfer_mode").asString()).isEqualTo("upi");
        assertThat(body.path("beneficiary_details")
                        .path("beneficiary_instrument_details")
                        .path("vpa")
                        .asString())
                .isEqualTo("payee@okicici");
        assertThat(body.path("beneficiary_details").path("beneficiary_name").asString())
                .isEqualTo("Asha");
        assertThat(body.path("transfer_remarks").asString()).isEqualTo("TrustPay escrow release");
    }

    @Test
    void theSameSpecIsTheSameBody() {
        assertThat(Arrays.equals(client.requestBody(spec()), client.requestBody(spec())))
                .isTrue();
    }

    @Test
    void aSuccessfulTransferIsProcessedWithItsUtr() {
        server.enqueue(json(200, transfer("SUCCESS", "COMPLETED", "1732088013492889")));

        ProviderPayout payout = ok(client.read("339"));

        assertThat(payout.processed()).isTrue();
        assertThat(payout.utr()).isEqualTo("1732088013492889");
        assertThat(payout.reasonCode()).isNull();
    }

    @Test
    void failedRejectedAndReversedTransfersSayWhy() {
        server.enqueue(json(200, transfer("FAILED", "INVALID_VPA", null)));
        server.enqueue(json(200, transfer("REJECTED", "INSUFFICIENT_BALANCE", null)));
        server.enqueue(json(200, transfer("REVERSED", "BENEFICIARY_BANK_REVERSAL", "1732088013492889")));

        ProviderPayout failed = ok(client.read("339"));
        assertThat(failed.failed()).isTrue();
        assertThat(failed.reasonCode()).isEqualTo("INVALID_VPA");
        assertThat(ok(client.read("339")).status()).isEqualTo("failed");
        ProviderPayout reversed = ok(client.read("339"));
        assertThat(reversed.status()).isEqualTo("reversed");
        assertThat(reversed.reasonCode()).isEqualTo("BENEFICIARY_BANK_REVERSAL");
    }

    @Test
    void aStatusWeDoNotKnowIsAnUnknownOutcomeNotAGuess() {
        server.enqueue(json(200, transfer("ON_HOLD_FOR_A_NEW_REASON", "X", null)));

        assertThat(client.read("339")).isInstanceOf(ProviderResult.Unknown.class);
    }

    @Test
    void aDuplicateTransferIdReadsTheTransferThatExists() throws Exception {
        server.enqueue(json(409, """
                {"message": "transfer_id already exists", "code": "transfer_id_already_exists",
                 "type": "invalid_request_error"}
                """));
        server.enqueue(json(200, transfer("PENDING", "PENDING", null)));

        ProviderPayout payout = ok(client.create(spec()));

        assertThat(payout.id()).isEqualTo("339");
        server.takeRequest();
        RecordedRequest read = server.takeRequest();
        assertThat(read.getMethod()).isEqualTo("GET");
        assertThat(read.getTarget()).isEqualTo("/payout/transfers?transfer_id=" + TRANSFER_ID);
    }

    @Test
    void aServerErrorOrTimeoutIsUnknownAndABadRequestIsRefused() {
        server.enqueue(json(502, "{\"message\": \"bad gateway\"}"));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(transfer("RECEIVED", "RECEIVED", null))
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                .build());
        server.enqueue(json(400, """
                {"message": "transfer_amount should be at least 1.00", "code": "transfer_amount_invalid",
                 "type": "invalid_request_error"}
                """));

        assertThat(client.create(spec())).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(client.create(spec())).isInstanceOf(ProviderResult.Unknown.class);
        assertThat(client.create(spec())).isInstanceOfSatisfying(ProviderResult.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("transfer_amount_invalid");
            assertThat(r.message()).contains("at least 1.00");
        });
    }

    @Test
    void aTransferCashfreeDoesNotHaveIsFoundAbsent() throws Exception {
        server.enqueue(json(404, """
                {"message": "transfer does not exist", "code": "transfer_not_found", "type": "invalid_request_error"}
                """));
        server.enqueue(json(200, transfer("SUCCESS", "COMPLETED", "1732088013492889")));

        assertThat(ok(client.findByReference(REFERENCE))).isEqualTo(Optional.empty());
        assertThat(ok(client.findByReference(REFERENCE)))
                .get()
                .extracting(ProviderPayout::processed)
                .isEqualTo(true);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/payout/transfers?transfer_id=" + TRANSFER_ID);
    }

    @Test
    void remarksKeepOnlyWhatCashfreeTakes() {
        assertThat(CashfreePayoutsClient.remarks("Escrow #QPYFCV — Asha's laptop"))
                .isEqualTo("Escrow  QPYFCV   Asha s laptop");
        assertThat(CashfreePayoutsClient.remarks("x".repeat(90))).hasSize(70);
    }

    /** Get Transfer Status V2's example, with the status and UTR of the case. */
    private static String transfer(String status, String statusCode, String utr) {
        return """
                {"transfer_id": "%s", "cf_transfer_id": "339", "status": "%s", "status_code": "%s",
                 "status_description": "The transfer is %s.",
                 "beneficiary_details": {"beneficiary_id": "B_gewrtgfsdfgfsdf_V1ZYFF",
                   "beneficiary_instrument_details": {"vpa": "pXXXXe@okicici"}},
                 "currency": "INR", "transfer_amount": 1500, "transfer_service_charge": 0, "transfer_service_tax": 0,
                 "transfer_mode": "upi", %s "added_on": "2026-11-20T13:03:31", "updated_on": "2026-11-20T13:03:33"}
                """.formatted(
                        TRANSFER_ID,
                        status,
                        statusCode,
                        status.toLowerCase(java.util.Locale.ROOT),
                        utr == null ? "" : "\"transfer_utr\": \"" + utr + "\",");
    }

    private static <T> T ok(ProviderResult<T> result) {
        assertThat(result).isInstanceOf(ProviderResult.Ok.class);
        return ((ProviderResult.Ok<T>) result).value();
    }

    private static PayoutSpec spec() {
        return new PayoutSpec(REFERENCE, 150_000, "payee@okicici", "Asha", "TrustPay escrow release");
    }
}
