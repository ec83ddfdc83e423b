package com.trustpay.notification.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.notification.directory.domain.EscrowFacts;
import com.trustpay.notification.notification.domain.Draft;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payer learns why a payment failed in the words UpiDeclines gives, never the bank's code. */
class PaymentFailedWordsTest {

    private final WhoLearnsWhat who = new WhoLearnsWhat(null, new Links("https://trustpay.example"), Severity.CRITICAL);
    private final UUID escrow = UUID.randomUUID();
    private final EscrowFacts facts = new EscrowFacts(
            escrow, "Laptop", "Blue Heron", 1_250_000L, null, null, UUID.randomUUID(), null, null, false);

    @Test
    void aWrongPinSaysSoAndWhatToDo() {
        String body = bodyOf(new PaymentFailed(escrow, 1, "TP-1", "U30", "INVALID / INCORRECT MPIN", Instant.now()));
        assertThat(body)
                .startsWith("The UPI PIN was wrong. Try again.")
                .doesNotContain("U30")
                .doesNotContain("MPIN");
    }

    @Test
    void notEnoughMoneySaysSo() {
        assertThat(bodyOf(new PaymentFailed(escrow, 1, "TP-1", "Z9", "INSUFFICIENT FUNDS", Instant.now())))
                .contains("not enough money");
    }

    @Test
    void anUnknownCodeGetsTheHonestGenericLine() {
        assertThat(bodyOf(new PaymentFailed(escrow, 1, "TP-1", "Q42", null, Instant.now())))
                .startsWith("The payment did not go through.");
    }

    private String bodyOf(PaymentFailed failed) {
        List<Draft> drafts = who.of(failed, facts);
        assertThat(drafts).hasSize(1);
        return drafts.get(0).body();
    }
}
