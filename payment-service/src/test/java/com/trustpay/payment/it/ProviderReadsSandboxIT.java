package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.internal.application.ProviderReads;
import com.trustpay.payment.internal.application.ProviderReads.Read;
import com.trustpay.payment.internal.application.ProviderReads.ReadBack;
import com.trustpay.payment.internal.persistence.RecordedTransactionsQuery;
import com.trustpay.payment.internal.persistence.RecordedTransactionsQuery.Recorded;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.PayoutSpec;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.http.HttpSettings;
import com.trustpay.payment.provider.razorpayx.RazorpayXClient;
import com.trustpay.payment.provider.razorpayx.RazorpayXProperties;
import com.trustpay.payment.provider.setu.SetuClient;
import com.trustpay.payment.provider.setu.SetuProperties;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.payment.routing.application.GuardedCollections;
import com.trustpay.payment.routing.domain.ProviderRule;
import com.trustpay.payment.routing.domain.RoutingPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reconciliation reads against the real sandbox: our transactions read back through the real Setu and RazorpayX
 * clients (a payout the provider does not know is NOT_FOUND, one never sent is NOT_SENT), RazorpayX's payouts list and
 * the settlement report with money we never heard of, and each endpoint fault making the answer incomplete.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderReadsSandboxIT {

    private SandboxProcess sandbox;
    private SetuClient setu;
    private RazorpayXClient razorpayx;
    private final List<Recorded> recorded = new ArrayList<>();
    private ProviderReads reads;
    private Instant from;
    private String paymentId;
    private String payoutId;
    private String strangerPaymentId;

    @BeforeAll
    void start() throws Exception {
        sandbox = new SandboxProcess(50, "http://127.0.0.1:9");
        HttpSettings http = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3), 4, 0);
        setu = new SetuClient(
                new SetuProperties(
                        sandbox.baseUrl(),
                        sandbox.baseUrl(),
                        "sandbox-client",
                        "sandbox-secret",
                        "01SANDBOXMERCHANT000000000",
                        "trustpay@sandbox",
                        Duration.ofSeconds(240),
                        http),
                Clock.systemUTC());
        razorpayx = new RazorpayXClient(new RazorpayXProperties(
                sandbox.baseUrl(), "rzp_test_sandbox", "sandbox_secret", "7878780080316316", http));
        RecordedTransactionsQuery query = new RecordedTransactionsQuery(null) {
            @Override
            public List<Recorded> between(Instant f, Instant t) {
                return List.copyOf(recorded);
            }
        };
        CollectionProviders providers = new CollectionProviders(
                List.of(new GuardedCollections("setu", setu, CircuitBreaker.ofDefaults("setu"))),
                new RoutingPolicy(List.of(ProviderRule.any("setu"))));
        reads = new ProviderReads(query, providers, razorpayx, razorpayx, setu);
        from = Instant.now().minusSeconds(60);

        paymentId = paid("TPrecon01", 150_000);
        strangerPaymentId = paid("TPstranger01", 4_200);
        ProviderPayout payout = ((ProviderResult.Ok<ProviderPayout>) razorpayx.create(
                        new PayoutSpec("PO-recon-0001", 90_000, "success@okaxis", "Asha", "TrustPay release")))
                .value();
        payoutId = payout.id();
        UUID escrow = UUID.randomUUID();
        Instant at = Instant.now();
        recorded.add(new Recorded(
                "PAYMENT", escrow, "TPrecon01", "SUCCEEDED", 150_000, "INTENT", null, paymentId, null, at, "setu"));
        recorded.add(new Recorded(
                "PAYOUT", escrow, "PO-recon-0001", "PROCESSING", 90_000, null, null, payoutId, null, at, "razorpayx"));
        recorded.add(new Recorded(
                "PAYOUT",
                escrow,
                "PO-lost-0001",
                "SUCCEEDED",
                90_000,
                null,
                null,
                "pout_NoSuchPayout01",
                null,
                at,
                "razorpayx"));
        recorded.add(
                new Recorded("REFUND", escrow, "RF-unsent-01", "CREATING", 1_000, null, null, null, null, at, "setu"));
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @BeforeEach
    void noFaults() {
        sandbox.noFaults();
    }

    @Test
    void eachTransactionIsReadBackFromItsProvider() {
        ProviderReads.ReadBacks back = reads.readBack(from, Instant.now().plusSeconds(60));

        assertThat(back.complete()).as(back.failures().toString()).isTrue();
        assertThat(back.transactions())
                .extracting(ReadBack::reference, ReadBack::read)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TPrecon01", Read.FOUND),
                        org.assertj.core.groups.Tuple.tuple("PO-recon-0001", Read.FOUND),
                        org.assertj.core.groups.Tuple.tuple("PO-lost-0001", Read.NOT_FOUND),
                        org.assertj.core.groups.Tuple.tuple("RF-unsent-01", Read.NOT_SENT));
        ReadBack payment = back.transactions().getFirst();
        assertThat(payment.providerStatus()).isEqualTo("success");
        assertThat(payment.providerAmountPaise()).isEqualTo(150_000);
    }

    @Test
    void theListingsShowMoneyWeNeverRecorded() {
        ProviderReads.Listings listings = reads.listings(from, Instant.now().plusSeconds(60));

        assertThat(listings.complete()).as(listings.failures().toString()).isTrue();
        assertThat(listings.payouts())
                .extracting(ProviderReads.ListedPayoutView::payoutId)
                .contains(payoutId);
        assertThat(listings.settlements())
                .extracting(ProviderReads.SettlementView::paymentId)
                .contains(paymentId, strangerPaymentId);
    }

    @Test
    void anEndpointFaultMakesTheAnswerIncompleteNeverEmpty() {
        sandbox.faults("""
                {"latencyMs": 0, "timeoutMs": 100, "endpoints": {
                  "GET /v1/payouts": {"latencyMs": 0, "errorRate": 1.0, "timeoutRate": 0},
                  "GET /api/v1/merchants/settlements/report": {"latencyMs": 0, "errorRate": 0, "timeoutRate": 1.0},
                  "GET /api/v1/merchants/payments/{id}": {"latencyMs": 0, "errorRate": 1.0, "timeoutRate": 0}},
                 "webhooks": {}}
                """);

        ProviderReads.Listings listings = reads.listings(from, Instant.now().plusSeconds(60));
        ProviderReads.ReadBacks back = reads.readBack(from, Instant.now().plusSeconds(60));

        assertThat(listings.complete()).isFalse();
        assertThat(listings.failures())
                .extracting(ProviderReads.Failure::provider)
                .contains("razorpayx", "setu");
        assertThat(back.complete()).isFalse();
        assertThat(back.transactions().getFirst().read()).isEqualTo(Read.FAILED);
        assertThat(back.failures()).extracting(ProviderReads.Failure::message).anyMatch(m -> m.contains("500"));
    }

    private String paid(String reference, long amount) {
        CreatedRequest created = ((ProviderResult.Ok<CreatedRequest>) setu.request(new PaymentRequestSpec(
                        PaymentMode.INTENT,
                        reference,
                        amount,
                        "success@okbank",
                        "reconciliation",
                        Instant.now().plusSeconds(1800))))
                .value();
        sandbox.pay(created.instanceId(), "success@okbank", amount);
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ProviderResult<RequestState> state = setu.read(PaymentMode.INTENT, created.instanceId());
            if (state instanceof ProviderResult.Ok<RequestState> ok
                    && ok.value().payments().stream().anyMatch(p -> p.succeeded())) {
                id[0] = ok.value().payments().stream()
                        .filter(p -> p.succeeded())
                        .findFirst()
                        .orElseThrow()
                        .id();
                return true;
            }
            return false;
        });
        return id[0];
    }
}
