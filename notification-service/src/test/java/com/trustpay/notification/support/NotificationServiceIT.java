package com.trustpay.notification.support;

import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up every notification-service integration test repeated: real PostgreSQL and Kafka, the test tokens'
 * JWKS, and {@link Events} to feed the service. Each subclass keeps its own {@code @SpringBootTest} and its own
 * mail server (a static one per class, closed after it).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotificationServiceIT {

    /** How long a test waits for the service to act on what it was fed. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void testTokens(DynamicPropertyRegistry registry) {
        registry.add("trustpay.security.jwk-set-uri", TestTokens.instance()::jwksUri);
    }

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @Autowired
    protected EnvelopeCodec codec;

    @Autowired
    protected TopicNames topics;

    @Autowired
    protected JdbcTemplate jdbc;

    protected final TestTokens tokens = TestTokens.instance();

    protected Events events;

    @BeforeAll
    void startFeeding() {
        events = new Events(kafka, codec, topics);
    }

    /** Waits until the service has processed the message. */
    protected void awaitProcessed(Envelope envelope) {
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM processed_message WHERE event_id = ?",
                                Integer.class,
                                envelope.eventId())
                        == 1);
    }
}
