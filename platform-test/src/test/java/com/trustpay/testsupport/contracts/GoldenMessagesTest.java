package com.trustpay.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.reconciliation.ReconciliationReport;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GoldenMessagesTest {

    @Test
    void theGoldenFileHoldsTheSampleRecord() {
        assertThat(WireJson.mapper().readValue(GoldenMessages.json(FundsHeld.class), FundsHeld.class))
                .isEqualTo(GoldenMessages.sample(FundsHeld.class));
    }

    @Test
    void theGoldenEnvelopeCarriesTheGoldenMessage() {
        Envelope envelope =
                WireJson.mapper().readValue(GoldenMessages.envelopeOf(PaymentRequested.class, null), Envelope.class);

        assertThat(envelope.type()).isEqualTo("PaymentRequested");
        assertThat(envelope.escrowId())
                .isEqualTo(GoldenMessages.sample(PaymentRequested.class).escrowId());
        assertThat(envelope.payload()).isEqualTo(GoldenMessages.tree(PaymentRequested.class));
    }

    @Test
    void aMessageAboutNoEscrowTravelsWithoutAnEscrowId() {
        Envelope envelope = WireJson.mapper()
                .readValue(GoldenMessages.envelopeOf(ReconciliationReport.class, "later"), Envelope.class);

        assertThat(envelope.escrowId()).isNull();
        assertThat(envelope.payload().get("later").asString()).isNotBlank();
    }

    @Test
    void aProducedRecordWithTheGoldenFieldsPassesAndNullsMayBeLeftOut() {
        AdminAlert sample = GoldenMessages.sample(AdminAlert.class);
        AdminAlert withoutEscrow =
                new AdminAlert(UUID.randomUUID(), sample.severity(), "KIND", null, "test", "detail", Instant.now());

        GoldenMessages.assertShapedLikeGolden(sample);
        GoldenMessages.assertShapedLikeGolden(withoutEscrow);
    }
}
