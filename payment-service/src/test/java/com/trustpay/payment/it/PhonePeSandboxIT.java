package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.payment.provider.domain.CreatedRequest;
import com.trustpay.payment.provider.domain.PaymentRequestSpec;
import com.trustpay.payment.provider.domain.ProviderPayment;
import com.trustpay.payment.provider.domain.ProviderRefund;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.domain.RefundSpec;
import com.trustpay.payment.provider.domain.RequestState;
import com.trustpay.payment.provider.http.HttpSettings;
import com.trustpay.payment.provider.phonepe.PhonePeClient;
import com.trustpay.payment.provider.phonepe.PhonePeProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The PhonePe PG v2 adapter against the sandbox's PhonePe stand-in: a QR order paid and failed, a collect left
 * pending, refunds partial and full (and one more than was paid refused), a 5xx that is unknown, and a lost refund
 * answer found again by our reference.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhonePeSandboxIT {

    private static final AtomicInteger ORDERS = new AtomicInteger();

    private SandboxProcess sandbox;
    private PhonePeClient phonePe;

    @BeforeAll
    void start() throws Exception {
        sandbox = new SandboxProcess(1, "http://127.0.0.1:9");
        phonePe = new PhonePeClient(
                new PhonePeProperties(
                        sandbox.phonePeUrl(),
                        sandbox.phonePeUrl(),
                        "TRUSTPAYSANDBOX_2612",
                        "sandbox-phonepe-secret",
                        "1",
                        null,
                        Duration.ofMinutes(5),
                        new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8), 4, 1)),
                Clock.systemUTC());
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
    void aQrOrderPaidByThePayerReadsPaidWithItsUtr() {
        String reference = reference();
        CreatedRequest created = ok(phonePe.request(spec(PaymentMode.INTENT, reference, 150_000)));
        assertThat(created.instanceId()).isEqualTo(reference);
        assertThat(created.intentLink()).startsWith("upi://pay?").contains("am=1500.00");
        assertThat(ok(phonePe.read(PaymentMode.INTENT, reference)).status()).isEqualTo("active");

        sandbox.phonePePay(reference, "COMPLETED");

        RequestState paid = ok(phonePe.read(PaymentMode.INTENT, reference));
        assertThat(paid.status()).isEqualTo("paid");
        ProviderPayment payment = paid.payments().getFirst();
        assertThat(payment.succeeded()).isTrue();
        assertThat(payment.referenceId()).isEqualTo(reference);
        assertThat(payment.amountPaise()).isEqualTo(150_000);
        assertThat(payment.rrn()).isNotBlank();
        assertThat(ok(phonePe.readPayment(reference)).succeeded()).isTrue();
    }

    @Test
    void aFailedPaymentClosesTheOrderWithPhonePesCodes() {
        String reference = reference();
        ok(phonePe.request(spec(PaymentMode.INTENT, reference, 150_000)));

        sandbox.phonePePay(reference, "FAILED");

        RequestState failed = ok(phonePe.read(PaymentMode.INTENT, reference));
        assertThat(failed.closed()).isTrue();
        assertThat(failed.payments().getFirst().failed()).isTrue();
        assertThat(failed.payments().getFirst().reasonCode()).isEqualTo("ZM");
    }

    @Test
    void aCollectToAPendingPayerStaysActiveUntilThePayerActs() {
        String reference = reference();
        ok(phonePe.request(new PaymentRequestSpec(
                PaymentMode.COLLECT,
                reference,
                20_000,
                "pending@ybl",
                "Escrow",
                Instant.now().plusSeconds(900))));

        RequestState pending = ok(phonePe.read(PaymentMode.COLLECT, reference));
        assertThat(pending.status()).isEqualTo("active");

        sandbox.phonePePay(reference, "COMPLETED");
        assertThat(ok(phonePe.read(PaymentMode.COLLECT, reference)).status()).isEqualTo("paid");
    }

    @Test
    void aCollectToASuccessPayerIsPaidAfterThePayersDelay() {
        String reference = reference();
        ok(phonePe.request(new PaymentRequestSpec(
                PaymentMode.COLLECT,
                reference,
                20_000,
                "success@ybl",
                "Escrow",
                Instant.now().plusSeconds(900))));

        await().atMost(Duration.ofSeconds(15)).until(() -> "paid"
                .equals(ok(phonePe.read(PaymentMode.COLLECT, reference)).status()));
    }

    @Test
    void refundsPartialThenTheRestAndNoMoreThanWasPaid() {
        String reference = paidOrder(100_000);

        ProviderRefund first = ok(phonePe.refund(new RefundSpec(reference + "-R1", reference, 40_000, "part")));
        assertThat(first.status()).isEqualTo("pending");
        assertThat(first.paymentId()).isEqualTo(reference);
        sandbox.phonePeRefund(reference + "-R1", "COMPLETED");
        assertThat(ok(phonePe.readRefund(reference + "-R1")).succeeded()).isTrue();

        ProviderResult<ProviderRefund> tooMuch =
                phonePe.refund(new RefundSpec(reference + "-R2", reference, 60_001, "too much"));
        assertThat(tooMuch).as(tooMuch.summary()).isInstanceOf(ProviderResult.Rejected.class);

        ProviderRefund rest = ok(phonePe.refund(new RefundSpec(reference + "-R3", reference, 60_000, "rest")));
        sandbox.phonePeRefund(rest.id(), "COMPLETED");
        assertThat(ok(phonePe.readRefund(reference + "-R3")).amountPaise()).isEqualTo(60_000);
    }

    @Test
    void aRefundIsFoundByOurReferenceAndOneNeverMadeIsAbsent() {
        String reference = paidOrder(30_000);
        ok(phonePe.refund(new RefundSpec(reference + "-R1", reference, 30_000, "cancelled")));

        Optional<ProviderRefund> found = ok(phonePe.refundByReference(null, reference + "-R1"));
        Optional<ProviderRefund> absent = ok(phonePe.refundByReference(null, reference + "-R9"));

        assertThat(found).get().extracting(ProviderRefund::amountPaise).isEqualTo(30_000L);
        assertThat(absent).isEmpty();
    }

    @Test
    void aServerErrorOnCreateIsUnknownAndTheOrderCanBeReadBackByOurReference() {
        String reference = reference();
        sandbox.faults(
                "{\"latencyMs\":0,\"timeoutMs\":30000,\"endpoints\":{\"POST /phonepe/apis/pg-sandbox/payments/v2/pay\":"
                        + "{\"errorRate\":1.0,\"errorStatus\":503}},\"webhooks\":{}}");

        ProviderResult<CreatedRequest> result = phonePe.request(spec(PaymentMode.INTENT, reference, 150_000));

        assertThat(result).as(result.summary()).isInstanceOf(ProviderResult.Unknown.class);
        sandbox.noFaults();
        ProviderResult<RequestState> read = phonePe.read(PaymentMode.INTENT, reference);
        assertThat(read)
                .as("a create refused with 503 made no order")
                .isInstanceOfSatisfying(ProviderResult.Rejected.class, r -> assertThat(r.notFound())
                        .isTrue());
    }

    private String paidOrder(long amountPaise) {
        String reference = reference();
        ok(phonePe.request(spec(PaymentMode.INTENT, reference, amountPaise)));
        sandbox.phonePePay(reference, "COMPLETED");
        assertThat(ok(phonePe.read(PaymentMode.INTENT, reference)).status()).isEqualTo("paid");
        return reference;
    }

    private static String reference() {
        return "TPPHONEPEIT" + System.nanoTime() % 1_000_000 + "-" + ORDERS.incrementAndGet();
    }

    private static PaymentRequestSpec spec(PaymentMode mode, String reference, long amountPaise) {
        return new PaymentRequestSpec(
                mode, reference, amountPaise, null, "Escrow", Instant.now().plusSeconds(900));
    }

    @SuppressWarnings("unchecked")
    private static <T> T ok(ProviderResult<T> result) {
        assertThat(result).as(result.summary()).isInstanceOf(ProviderResult.Ok.class);
        return ((ProviderResult.Ok<T>) result).value();
    }
}
