package com.trustpay.escrow.support;

import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up every escrow-service integration test repeated: real PostgreSQL and Kafka, MockMvc, the beans that
 * send and read messages, an {@link Api} client, and topic recorders closed after the class. Each subclass keeps
 * its own {@code @SpringBootTest} (and profiles), because different properties mean a different context.
 */
@AutoConfigureMockMvc
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EscrowServiceIT {

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

    protected Api api;

    private final List<TopicRecorder> recorders = new ArrayList<>();

    @BeforeAll
    void startApiClient() {
        api = new Api(mvc, json);
    }

    @AfterAll
    void closeRecorders() {
        recorders.forEach(TopicRecorder::close);
    }

    /** Records the (logical) topic from its start until the class is done. */
    protected TopicRecorder recordFromStart(String topic) {
        TopicRecorder recorder = TopicRecorder.fromStart(TestKafka.instance().bootstrapServers(), topics.of(topic));
        recorders.add(recorder);
        return recorder;
    }

    /** A token of the sandbox profile's built-in admin. */
    protected String loginAsAdmin() throws Exception {
        return api.login("admin@trustpay.local", "admin-password-change-me");
    }
}
