package com.trustpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.platform.PlatformTestApplication.PaymentListener;
import com.trustpay.platform.deadletter.DeadLetter;
import com.trustpay.platform.deadletter.DeadLetters;
import com.trustpay.platform.deadletter.DeadLetters.Result;
import com.trustpay.platform.deadletter.DeadLetters.Result.Outcome;
import com.trustpay.platform.deadletter.DeadLettersEndpoint;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.MessageHeaders;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A message the listener refuses is kept (table, DLT, admin alert, gauge) and does not block its partition; after
 * the fix a replay applies it exactly once, however often it is replayed.
 */
@SpringBootTest(
        classes = PlatformTestApplication.class,
        properties = {"trustpay.ops.alerts.throttle-window=0s"})
@RealInfrastructure
class DeadLettersIT {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentListener listener;

    @Autowired
    DeadLettersEndpoint endpoint;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRefusedMessageIsKeptAndAlertedAndAReplayAfterTheFixAppliesItOnce() throws Exception {
        UUID refused = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        listener.refused.add(refused);
        Envelope envelope = codec.wrap(paid(refused));
        send(refused.toString(), envelope);
        send(refused.toString(), codec.wrap(paid(next))); // same key, same partition, after the refused one

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(next) == 1);
        DeadLetter dead = onlyDeadLetterOf(envelope.eventId());
        assertThat(dead.status()).isEqualTo(DeadLetter.OPEN);
        assertThat(dead.failureKind()).isEqualTo("PERMANENT");
        assertThat(dead.consumerGroup()).isEqualTo(topics.group("platform-test"));
        assertThat(dead.topic()).isEqualTo(topics.of(Topics.PAYMENT_EVENTS));
        assertThat(dead.key()).isEqualTo(refused.toString());
        assertThat(dead.type()).isEqualTo("PaymentSucceeded");
        assertThat(dead.reason()).contains("IllegalArgumentException", "No rule for the payment of " + refused);
        assertThat(applied(refused)).isZero();
        assertThat(openGauge()).isEqualTo(1.0);

        try (TopicRecorder alerts =
                        TopicRecorder.fromStart(TestKafka.instance().bootstrapServers(), topics.of(Topics.OPS_ALERTS));
                TopicRecorder dlt = TopicRecorder.fromStart(
                        TestKafka.instance().bootstrapServers(), topics.deadLetterOf(Topics.PAYMENT_EVENTS))) {
            AdminAlert alert =
                    alerts.await(r -> r.is(AdminAlert.class, refused)).as(AdminAlert.class);
            assertThat(alert.kind()).isEqualTo(DeadLetters.ALERT_KIND);
            assertThat(alert.source()).isEqualTo("platform-test");
            assertThat(alert.detail())
                    .contains(
                            dead.topic(),
                            "partition " + dead.partition(),
                            "offset " + dead.offset(),
                            dead.consumerGroup(),
                            "#" + dead.id(),
                            "No rule for the payment");
            Recorded published = dlt.await(r -> refused.toString().equals(r.key()));
            assertThat(published.envelope().eventId()).isEqualTo(envelope.eventId());
        }

        listener.refused.remove(refused); // the fix is deployed
        assertThat(act(dead.id(), "replay").outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(applied(refused)).isEqualTo(1);
        assertThat(endpoint.one(OPERATOR, dead.id()).getBody().status()).isEqualTo(DeadLetter.REPLAYED);
        assertThat(openGauge()).isZero();

        assertThat(act(dead.id(), "replay").outcome()).isEqualTo(Outcome.ALREADY_REPLAYED);
        // A replay that died after the listener's commit but before the marking leaves the row open: replayed
        // again, the processed-message guard makes it a no-op.
        jdbc.update("UPDATE dead_letter SET status = 'OPEN', closed_at = NULL WHERE id = ?", dead.id());
        assertThat(act(dead.id(), "replay").outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(applied(refused)).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordIsPoisonAndStaysOpenUntilDiscardedWithANote() throws Exception {
        String key = UUID.randomUUID().toString();
        kafka.send(topics.of(Topics.PAYMENT_EVENTS), key, "{\"not\": \"an envelope\"}".getBytes(StandardCharsets.UTF_8))
                .get();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dead_letter WHERE message_key = ?", Integer.class, key)
                        == 1);
        long id = jdbc.queryForObject("SELECT id FROM dead_letter WHERE message_key = ?", Long.class, key);
        DeadLetter dead = endpoint.one(OPERATOR, id).getBody();
        assertThat(dead.failureKind()).isEqualTo("POISON");
        assertThat(dead.eventId()).isNull();

        Result failed = act(id, "replay");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.error()).contains("PoisonMessageException");
        assertThat(endpoint.one(OPERATOR, id).getBody())
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadLetter.OPEN))
                .satisfies(d -> assertThat(d.replayAttempts()).isEqualTo(1))
                .satisfies(d -> assertThat(d.lastReplayError()).contains("Not a TrustPay envelope"));

        assertThat(endpoint.act(OPERATOR, id, "discard", " ").getStatus())
                .isEqualTo(WebEndpointResponse.STATUS_BAD_REQUEST);
        assertThat(endpoint.act(OPERATOR, id, "discard", "garbage from a misconfigured producer")
                        .getStatus())
                .isEqualTo(WebEndpointResponse.STATUS_OK);
        assertThat(endpoint.one(OPERATOR, id).getBody().note()).isEqualTo("garbage from a misconfigured producer");
        assertThat(endpoint.act(OPERATOR, id, "replay", null).getStatus()).isEqualTo(409);
        assertThat(endpoint.act(OPERATOR, id, "explode", null).getStatus())
                .isEqualTo(WebEndpointResponse.STATUS_BAD_REQUEST);
        assertThat(endpoint.act(OPERATOR, Long.MAX_VALUE, "replay", null).getStatus())
                .isEqualTo(WebEndpointResponse.STATUS_NOT_FOUND);
        @SuppressWarnings("unchecked")
        List<DeadLetter> discarded =
                (List<DeadLetter>) endpoint.list(OPERATOR, "discarded").getBody();
        assertThat(discarded).extracting(DeadLetter::id).contains(id);
    }

    @Test
    void aSignedInCallerWhoIsNotAnAdminIsRefused() {
        SecurityContext user = signedIn("USER");
        assertThat(endpoint.list(user, null).getStatus()).isEqualTo(403);
        assertThat(endpoint.one(user, 1).getStatus()).isEqualTo(403);
        assertThat(endpoint.act(user, 1, "replay", null).getStatus()).isEqualTo(403);
        assertThat(endpoint.list(signedIn("ADMIN"), null).getStatus()).isEqualTo(WebEndpointResponse.STATUS_OK);
    }

    /** A caller on a management port without web security: the service knows no principal. */
    private static final SecurityContext OPERATOR = SecurityContext.NONE;

    private static SecurityContext signedIn(String role) {
        return new SecurityContext() {
            @Override
            public Principal getPrincipal() {
                return () -> "someone";
            }

            @Override
            public boolean isUserInRole(String wanted) {
                return role.equals(wanted);
            }
        };
    }

    private Result act(long id, String action) {
        return (Result) endpoint.act(OPERATOR, id, action, null).getBody();
    }

    private DeadLetter onlyDeadLetterOf(UUID eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dead_letter WHERE event_id = ?", Integer.class, eventId)
                        == 1);
        long id = jdbc.queryForObject("SELECT id FROM dead_letter WHERE event_id = ?", Long.class, eventId);
        return endpoint.one(OPERATOR, id).getBody();
    }

    private double openGauge() {
        return meters.get("trustpay.deadletters.open").gauge().value();
    }

    private void send(String key, Envelope envelope) throws Exception {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topics.of(Topics.PAYMENT_EVENTS), key, codec.encode(envelope));
        record.headers()
                .add(MessageHeaders.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(MessageHeaders.TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    private int applied(UUID escrow) {
        return jdbc.queryForObject("SELECT count(*) FROM applied_payment WHERE escrow_id = ?", Integer.class, escrow);
    }

    private static PaymentSucceeded paid(UUID escrow) {
        return new PaymentSucceeded(escrow, 1, "TP-1", 10_000, "pay_1", "123456789012", "a@b", Instant.now());
    }
}
