package com.trustpay.webhook.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.Payloads;
import com.trustpay.webhook.support.WebhookClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Source limits in front of the webhook endpoints, with a tiny rate and an allow-list that excludes us. */
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "webhook.guard.rate-per-second=2",
            "webhook.guard.burst=3",
            "webhook.guard.allowed-sources.razorpayx=10.0.0.0/8, 192.0.2.10"
        })
class SourceGuardIT {

    @LocalServerPort
    int port;

    @Test
    void aSourceOverItsRateGets429WithRetryAfter() {
        WebhookClient client = new WebhookClient(port);
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] body = Payloads.setuPayment(UUID.randomUUID().toString(), "pay-" + i, Instant.now());
            responses.add(client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET));
        }

        assertThat(responses.getFirst().statusCode()).isEqualTo(200);
        HttpResponse<String> limited = responses.stream()
                .filter(response -> response.statusCode() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request was rate limited"));
        assertThat(limited.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(limited.body()).contains("\"code\":\"RATE_LIMITED\"");
    }

    @Test
    void aSourceOutsideTheProvidersAllowListGets403BeforeAnythingElse() {
        byte[] body = Payloads.razorpayxPayout("pout_1", "payout.processed", Instant.now());

        HttpResponse<String> response =
                new WebhookClient(port).razorpayx(body, ProviderSignatures.LOCAL_RAZORPAYX_SECRET, "evt_1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"SOURCE_NOT_ALLOWED\"");
    }
}
