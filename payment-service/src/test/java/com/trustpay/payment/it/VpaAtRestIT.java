package com.trustpay.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.payment.attempt.domain.AttemptStatus;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.vpa.application.VpaReencryption;
import com.trustpay.platform.crypto.DataKeys;
import com.trustpay.platform.crypto.FieldCipher;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.TestPropertySource;

/**
 * VPAs at rest (ADR 0020): the columns hold only sealed values (read with JDBC), reads give the plaintext, and after
 * a rotation rows sealed under the old key — or written in plaintext before encryption — stay readable and are
 * moved to the active key by the re-encryption job.
 */
@TestPropertySource(
        properties = {
            "trustpay.crypto.keys=k2:" + VpaAtRestIT.K2 + ",k1:" + VpaAtRestIT.K1,
            "trustpay.crypto.active-key=k2",
            "trustpay.crypto.reencrypt-first-after=1h"
        })
class VpaAtRestIT extends PaymentServiceItSupport {

    static final String K1 = "Vf8cDq0yS3lq6mJ9mQk3V0pN4o2bW8xR7aZ1cE5tY9U=";
    static final String K2 = "N2k4s8vB1xQ6wE3rT9yU5iO7pA0sD2fG4hJ6kL8zX1c=";

    private final FieldCipher k1Only = new FieldCipher(DataKeys.parse("k1:" + K1, "k1"));

    @Autowired
    AttemptRepository attempts;

    @Autowired
    PayoutRepository payouts;

    @Autowired
    VpaReencryption reencryption;

    @Test
    void aCollectAndItsPayoutStoreTheVpasSealedAndReadThemBackInPlaintext() {
        UUID escrow = UUID.randomUUID();
        send(escrow, new RequestPayment(escrow, 1, 30_000, "success@okaxis", "Ravi", PaymentMode.COLLECT, "Bike"));
        assertThat(awaitOne(PaymentSucceeded.class, escrow).payerVpa()).isEqualTo("success@okaxis");
        send(escrow, new ReleaseFunds(escrow, 1, 30_000, "success@okicici", "Asha"));
        awaitOne(PayoutSucceeded.class, escrow);

        Map<String, Object> attempt =
                jdbc.queryForMap("SELECT payer_vpa, paid_by_vpa FROM payment_attempt WHERE escrow_id = ?", escrow);
        assertThat(attempt.values())
                .allSatisfy(v -> assertThat((String) v).startsWith("v1:k2:").doesNotContain("okaxis"));
        String series =
                jdbc.queryForObject("SELECT payee_vpa FROM payout_series WHERE escrow_id = ?", String.class, escrow);
        assertThat(series).startsWith("v1:k2:").doesNotContain("okicici");
        UUID payout = jdbc.queryForObject("SELECT id FROM payout WHERE escrow_id = ?", UUID.class, escrow);
        assertThat(jdbc.queryForObject("SELECT payee_vpa FROM payout WHERE id = ?", String.class, payout))
                .startsWith("v1:k2:")
                .doesNotContain("okicici")
                .isNotEqualTo(series);

        assertThat(attempts.find(escrow, 1).orElseThrow().payerVpa()).isEqualTo("success@okaxis");
        assertThat(payouts.find(payout).orElseThrow().payeeVpa()).isEqualTo("success@okicici");
    }

    @Test
    void afterARotationOldRowsStayReadableAndTheJobMovesThemToTheActiveKey() {
        UUID underK1 = UUID.randomUUID();
        new AttemptRepository(jdbc, k1Only).insert(settledAttempt(underK1, "old-key@okaxis"), null, "test");
        new PayoutRepository(jdbc, k1Only)
                .insertSeries(underK1, null, 1, 10_000, "old-key@okicici", "Asha", 3, "FAILED", null, Instant.now());
        UUID plaintext = UUID.randomUUID();
        insertPlaintextSeriesAsBeforeV10(plaintext, "before-v10@okicici");
        assertThat(payeeVpaStored(underK1)).startsWith("v1:k1:");

        assertThat(attempts.find(underK1, 1).orElseThrow().payerVpa()).isEqualTo("old-key@okaxis");

        VpaReencryption.Outcome outcome = reencryption.run();

        assertThat(outcome.resealed()).isGreaterThanOrEqualTo(3);
        assertThat(outcome.unreadable()).isZero();
        assertThat(payeeVpaStored(underK1)).startsWith("v1:k2:").doesNotContain("okicici");
        assertThat(payeeVpaStored(plaintext)).startsWith("v1:k2:").doesNotContain("before-v10");
        assertThat(jdbc.queryForObject(
                        "SELECT payer_vpa FROM payment_attempt WHERE escrow_id = ?", String.class, underK1))
                .startsWith("v1:k2:");
        assertThat(attempts.find(underK1, 1).orElseThrow().payerVpa()).isEqualTo("old-key@okaxis");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM payout_series WHERE left(payee_vpa, 6) <> 'v1:k2:'", Integer.class))
                .isZero();
    }

    @Test
    void theDatabaseRefusesANewPlaintextVpa() {
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO payout_series (escrow_id, round, amount_paise, payee_vpa, payee_name,"
                                + " max_attempts, status, created_at, updated_at)"
                                + " VALUES (?, 1, 100, 'plain@upi', 'Asha', 1, 'FAILED', now(), now())",
                        UUID.randomUUID()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("VPAs are stored encrypted");
    }

    private String payeeVpaStored(UUID escrow) {
        return jdbc.queryForObject("SELECT payee_vpa FROM payout_series WHERE escrow_id = ?", String.class, escrow);
    }

    /** A row as it was before V10: its trigger is off only inside this one transaction. */
    private void insertPlaintextSeriesAsBeforeV10(UUID escrow, String vpa) {
        jdbc.execute("BEGIN; ALTER TABLE payout_series DISABLE TRIGGER payout_series_vpa_sealed;"
                + " INSERT INTO payout_series (escrow_id, round, amount_paise, payee_vpa, payee_name, max_attempts,"
                + " status, created_at, updated_at) VALUES ('" + escrow + "', 1, 100, '" + vpa
                + "', 'Asha', 1, 'FAILED', now(), now());"
                + " ALTER TABLE payout_series ENABLE TRIGGER payout_series_vpa_sealed; COMMIT");
    }

    private static PaymentAttempt settledAttempt(UUID escrow, String payerVpa) {
        Instant now = Instant.now();
        return new PaymentAttempt(
                UUID.randomUUID(),
                escrow,
                1,
                PaymentAttempt.referenceFor(escrow, 1),
                PaymentMode.COLLECT,
                10_000,
                payerVpa,
                "Ravi",
                "old deal",
                AttemptStatus.FAILED,
                0,
                false,
                null,
                now.plusSeconds(600),
                now,
                "setu");
    }
}
