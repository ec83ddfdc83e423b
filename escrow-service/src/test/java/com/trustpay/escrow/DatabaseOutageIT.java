package com.trustpay.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import com.trustpay.testsupport.CuttableDatabase;
import com.trustpay.testsupport.TcpForwarder;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * escrow-service loses its database for 30 s (a forwarder in front of PostgreSQL is cut; the shared server keeps
 * running) while the payment for an escrow arrives: once the database is back the escrow is HELD, exactly once, and
 * nothing was dead-lettered. Before the transient/permanent split this payment went to the DLT after ~3 s and the
 * escrow stayed PAYMENT_PENDING for good.
 */
@SpringBootTest(
        properties = {
            "trustpay.escrow.expiry-sweep=1h",
            "trustpay.outbox.poll-interval=100ms",
            "spring.datasource.hikari.connection-timeout=1000",
            "spring.datasource.hikari.validation-timeout=500",
            "trustpay.kafka.retry.transient-max=2s"
        })
@CuttableDatabase
class DatabaseOutageIT extends EscrowServiceIT {

    private static final long AMOUNT = 250_000;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Autowired
    TcpForwarder database;

    @Test
    void aPaymentArrivingWhileTheDatabaseIsDownStillHoldsTheEscrowOnce() throws Exception {
        String bootstrap = TestKafka.instance().bootstrapServers();
        String payer = api.signUp("Asha");
        String payee = api.signUp("Ravi");
        Response created = api.post(
                "/api/escrows",
                payer,
                Map.of("title", "Used bicycle", "amountPaise", AMOUNT, "role", "PAYER", "vpa", "asha@okaxis"));
        UUID escrow = created.id();
        api.post("/api/escrows/join", payee, Map.of("code", created.text("code"), "vpa", "ravi@ybl"));
        try (TopicRecorder commands = TopicRecorder.fromStart(bootstrap, topics.of(Topics.ESCROW_COMMANDS));
                TopicRecorder events = TopicRecorder.fromStart(bootstrap, topics.of(Topics.ESCROW_EVENTS))) {
            commands.await(RequestPayment.class, escrow);

            database.cut();
            Instant cutAt = Instant.now();
            Envelope paid = codec.wrap(
                    new PaymentSucceeded(escrow, 1, "ref-1", AMOUNT, "setu_1", "RRN1", "asha@okaxis", Instant.now()));
            kafka.send(topics.of(Topics.PAYMENT_EVENTS), escrow.toString(), codec.encode(paid))
                    .get();
            Thread.sleep(Math.max(
                    0, OUTAGE.minus(Duration.between(cutAt, Instant.now())).toMillis()));
            database.restore();

            await().atMost(Duration.ofSeconds(60)).until(() -> "HELD"
                    .equals(api.get("/api/escrows/" + escrow, payer).text("status")));
            events.await(FundsHeld.class, escrow);
            assertThat(events.recordFor(Duration.ofSeconds(2)).stream().filter(r -> r.is(FundsHeld.class, escrow)))
                    .hasSize(1);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM processed_message WHERE event_id = ?", Integer.class, paid.eventId()))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter", Integer.class))
                .isZero();
    }
}
