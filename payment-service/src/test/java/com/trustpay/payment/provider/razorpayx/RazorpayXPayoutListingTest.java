package com.trustpay.payment.provider.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.payment.provider.domain.ListedPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.support.ProviderClientTest;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RazorpayX's payouts list by window ({@code from}/{@code to}/{@code count}/{@code skip}) against a mock server. */
class RazorpayXPayoutListingTest extends ProviderClientTest {

    private static final Instant FROM = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-11T00:00:00Z");

    private RazorpayXClient client;

    @BeforeEach
    void start() throws Exception {
        client = new RazorpayXClient(new RazorpayXProperties(
                baseUrl(), "rzp_test_sandbox", "sandbox_secret", "7878780080316316", quickHttp(0)));
    }

    @Test
    void readsEveryPageOfTheWindow() throws Exception {
        server.enqueue(json(200, page(0, RazorpayXClient.PAGE)));
        server.enqueue(json(200, page(RazorpayXClient.PAGE, 3)));

        ProviderResult<List<ListedPayout>> result = client.payoutsCreated(FROM, TO);

        List<ListedPayout> all = ((ProviderResult.Ok<List<ListedPayout>>) result).value();
        assertThat(all).hasSize(RazorpayXClient.PAGE + 3);
        assertThat(all.getFirst().payout().id()).isEqualTo("pout_00000000000000");
        assertThat(all.getFirst().payout().status()).isEqualTo("processed");
        assertThat(all.getFirst().payout().utr()).isEqualTo("123456789012");
        assertThat(all.getFirst().createdAt()).isEqualTo(FROM.plusSeconds(60));
        RecordedRequest first = server.takeRequest();
        assertThat(first.getTarget())
                .isEqualTo("/v1/payouts?account_number=7878780080316316&from=" + FROM.getEpochSecond() + "&to="
                        + (TO.getEpochSecond() - 1) + "&count=100&skip=0");
        assertThat(server.takeRequest().getTarget()).endsWith("&count=100&skip=100");
    }

    @Test
    void aFailedPageFailsTheWholeListing() {
        server.enqueue(json(200, page(0, RazorpayXClient.PAGE)));
        server.enqueue(
                json(500, "{\"error\": {\"code\": \"SERVER_ERROR\", \"description\": \"injected server error\"}}"));

        assertThat(client.payoutsCreated(FROM, TO)).isInstanceOf(ProviderResult.Unknown.class);
    }

    @Test
    void aRefusalIsRejected() {
        server.enqueue(json(
                400,
                "{\"error\": {\"code\": \"BAD_REQUEST_ERROR\", \"description\": \"The account number is invalid\"}}"));

        assertThat(client.payoutsCreated(FROM, TO)).isInstanceOf(ProviderResult.Rejected.class);
    }

    /** A page as the sandbox (and RazorpayX's "fetch all payouts") answers it. */
    private static String page(int start, int size) {
        String items = IntStream.range(start, start + size)
                .mapToObj(i -> """
                        {"id": "pout_%014d", "entity": "payout", "fund_account_id": "fa_00000000000001",
                         "amount": 150000, "currency": "INR", "fees": 0, "tax": 0, "status": "processed",
                         "utr": "123456789012", "mode": "UPI", "purpose": "payout", "reference_id": "ref-%d",
                         "status_details": {"description": null, "source": null, "reason": null},
                         "created_at": %d}
                        """.formatted(i, i, FROM.getEpochSecond() + 60 + i))
                .collect(Collectors.joining(","));
        return "{\"entity\": \"collection\", \"count\": " + size + ", \"items\": [" + items + "]}";
    }
}
