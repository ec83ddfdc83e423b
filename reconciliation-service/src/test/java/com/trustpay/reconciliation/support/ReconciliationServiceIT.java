package com.trustpay.reconciliation.support;

import static org.awaitility.Awaitility.await;

import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up every reconciliation-service integration test repeated: real PostgreSQL and Kafka, MockMvc with an
 * {@link Admin} client, and a {@link Feed} of escrow stories. Each subclass keeps its own {@code @SpringBootTest},
 * because different properties mean a different context.
 */
@AutoConfigureMockMvc
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReconciliationServiceIT {

    @Autowired
    protected MockMvc mvc;

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

    protected Admin admin;

    @BeforeAll
    void startAdminClient() {
        admin = new Admin(mvc, json);
    }

    /** A new feed of escrow stories to the service's topics. */
    protected Feed feed() {
        return new Feed(kafka, codec, topics);
    }

    /** Waits until the service has processed every message the feed sent. */
    protected void awaitHandled(Feed feed) {
        int expected = feed.sent().size();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM processed_message", Integer.class) >= expected);
    }
}
