package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutSucceeded;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The business meters the alert rules read (deploy/README, "Metrics the alerts read"), as Prometheus scrapes them
 * from the management port, after real payments and payouts against the sandbox.
 */
class PaymentMetersIT extends PaymentServiceItSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void everyPaymentAndPayoutCounterIsThereFromTheStartAtZeroOrMore() {
        String scrape = scrape();

        for (String outcome : new String[] {"succeeded", "failed", "expired"}) {
            assertThat(value(scrape, "trustpay_payments_total", "setu", outcome))
                    .isGreaterThanOrEqualTo(0);
        }
        for (String outcome : new String[] {"succeeded", "failed"}) {
            assertThat(value(scrape, "trustpay_payouts_total", "razorpayx", outcome))
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(gauge(scrape, "trustpay_payments_pending_oldest_age_seconds", "setu"))
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aPaymentThatSucceedsAndOneThatFailsAreCountedOnceEachByOutcome() {
        double succeeded = payments("succeeded");
        double failed = payments("failed");

        collect(UUID.randomUUID(), 50_000);
        await().atMost(WAIT).until(() -> payments("succeeded") == succeeded + 1);

        UUID declined = UUID.randomUUID();
        send(declined, intent(declined, 1, 20_000));
        awaitOne(PaymentRequested.class, declined);
        sandbox.pay(instanceOf(declined, 1), "fail@okhdfc", 20_000);
        awaitOne(PaymentFailed.class, declined);
        await().atMost(WAIT).until(() -> payments("failed") == failed + 1);

        settle();
        assertThat(payments("succeeded")).isEqualTo(succeeded + 1);
        assertThat(payments("failed")).isEqualTo(failed + 1);
    }

    @Test
    void aPayoutThatSucceedsCountsOnceAndOneThatFailsAfterItsRetriesCountsOnlyItsFinalFailure() {
        double succeeded = payouts("succeeded");
        double failed = payouts("failed");

        UUID paid = UUID.randomUUID();
        collect(paid, 120_000);
        send(paid, new ReleaseFunds(paid, 1, 120_000, "success@okicici", "Asha"));
        awaitOne(PayoutSucceeded.class, paid);
        await().atMost(WAIT).until(() -> payouts("succeeded") == succeeded + 1);
        assertThat(payouts("failed")).isEqualTo(failed);

        UUID refused = UUID.randomUUID();
        collect(refused, 120_000);
        send(refused, new ReleaseFunds(refused, 1, 120_000, "fail@okicici", "Asha"));
        awaitOne(PayoutFailed.class, refused);
        assertThat(published.messages(PayoutRetryScheduled.class, refused)).isNotEmpty();
        await().atMost(WAIT).until(() -> payouts("failed") == failed + 1);
        settle();
        assertThat(payouts("failed")).isEqualTo(failed + 1);
        assertThat(payouts("succeeded")).isEqualTo(succeeded + 1);
    }

    @Test
    void anUnpaidRequestIsCountedExpired() {
        double expired = payments("expired");
        UUID escrow = UUID.randomUUID();
        send(escrow, intent(escrow, 1, 30_000));

        awaitOne(PaymentExpired.class, escrow);

        await().atMost(WAIT).until(() -> payments("expired") == expired + 1);
    }

    private double payments(String outcome) {
        return value(scrape(), "trustpay_payments_total", "setu", outcome);
    }

    private double payouts(String outcome) {
        return value(scrape(), "trustpay_payouts_total", "razorpayx", outcome);
    }

    /** The value of the series {@code name{outcome=..., provider=...}}; fails if it is not exposed. */
    private static double value(String scrape, String name, String provider, String outcome) {
        return sample(scrape, name, "outcome=\"" + outcome + "\"", "provider=\"" + provider + "\"");
    }

    static double gauge(String scrape, String name, String provider) {
        return sample(scrape, name, "provider=\"" + provider + "\"");
    }

    static double sample(String scrape, String name, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + Arrays.toString(labels) + " not in the scrape"));
    }

    private String scrape() {
        return scrape(managementPort);
    }

    /** {@code GET /actuator/prometheus} on the management port. */
    static String scrape(int managementPort) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
