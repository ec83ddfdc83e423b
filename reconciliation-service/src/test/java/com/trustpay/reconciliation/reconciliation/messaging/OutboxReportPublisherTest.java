package com.trustpay.reconciliation.reconciliation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.reconciliation.ReconciliationReport;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import com.trustpay.reconciliation.reconciliation.domain.RunTrigger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxReportPublisherTest {

    private static final Instant AT = Instant.parse("2026-12-01T04:00:00Z");
    private static final int KAFKA_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

    private final OutboxReportPublisher publisher = new OutboxReportPublisher(null, 500);
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    @Test
    void aRunWithoutMismatchesIsOneMessage() {
        List<ReconciliationReport> pages = publisher.pages(run(), List.of());

        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().part()).isEqualTo(1);
        assertThat(pages.getFirst().parts()).isEqualTo(1);
        assertThat(pages.getFirst().mismatches()).isEmpty();
    }

    @Test
    void tenThousandMismatchesWithLongDetailsGoInPagesFarBelowOneMegabyte() {
        Run run = run();
        List<Mismatch> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(mismatch(i));
        }

        List<ReconciliationReport> pages = publisher.pages(run, many);

        assertThat(pages).hasSize(20);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.reportId()).isEqualTo(run.id());
            assertThat(p.key()).isEqualTo(run.id().toString());
            assertThat(p.parts()).isEqualTo(20);
            assertThat(codec.encode(codec.wrap(p)).length).isLessThan(KAFKA_DEFAULT_MAX_MESSAGE_BYTES / 2);
        });
        assertThat(pages.stream().mapToInt(p -> p.mismatches().size()).sum()).isEqualTo(10_000);
        assertThat(pages)
                .extracting(ReconciliationReport::part)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    }

    private static Run run() {
        return new Run(
                UUID.randomUUID(),
                RunTrigger.DAILY,
                AT.minusSeconds(86_400),
                AT,
                "DAILY:2026-11-30",
                AT,
                AT,
                10,
                0,
                0,
                0,
                Map.of("mismatches", 0L),
                0);
    }

    private static Mismatch mismatch(int i) {
        Finding f = new Finding(
                MismatchKind.STATUS_MISMATCH,
                UUID.randomUUID(),
                "TP-PAY-" + i + "-" + "x".repeat(30),
                Map.of("setuPaymentId", "pay_" + "9".repeat(40), "rrn", "1".repeat(12)),
                1_000_000L,
                1_000_000L,
                "PAYMENT_PENDING",
                "SUCCEEDED",
                "d".repeat(5_000),
                AT);
        return new Mismatch(UUID.randomUUID(), f, AT, AT, UUID.randomUUID(), MismatchStatus.OPEN, null, null, null, 0);
    }
}
