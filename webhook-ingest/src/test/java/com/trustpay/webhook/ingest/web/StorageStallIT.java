package com.trustpay.webhook.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import com.trustpay.testsupport.providers.ProviderSignatures;
import com.trustpay.webhook.support.Payloads;
import com.trustpay.webhook.support.WebhookClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the service's own settings (only the wait is shorter): the database stalls (another session holds the receipts table locked) for longer than a request may wait: the
 * provider gets 503 {@code STORAGE_UNAVAILABLE}, never a 200 before the commit; when it retries after the stall
 * the event is there exactly once.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "webhook.writer.max-wait=1s")
class StorageStallIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TopicNames topicNames;

    @Test
    void aWebhookNotCommittedInTimeGets503AndItsRetryIsAcknowledgedOnce() throws Exception {
        WebhookClient client = new WebhookClient(port);
        String eventId = UUID.randomUUID().toString();
        byte[] body = Payloads.setuPayment(eventId, "pay-stalled", Instant.now());

        HttpResponse<String> stalled;
        try (Connection lock = dataSource.getConnection();
                Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("LOCK TABLE webhook_receipt IN ACCESS EXCLUSIVE MODE");
            stalled = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);
            lock.rollback();
        }

        assertThat(stalled.statusCode()).isEqualTo(503);
        assertThat(stalled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(stalled.body()).get("code").asString()).isEqualTo("STORAGE_UNAVAILABLE");
        // The writer had already taken the receipt when the request gave up, so it commits once the lock is gone;
        // the provider's retry then finds it and is acknowledged without a second receipt or message.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> retried = client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET);
            assertThat(retried.statusCode()).isEqualTo(200);
        });
        JsonNode again = JSON.readTree(
                client.setu(body, ProviderSignatures.LOCAL_SETU_SECRET).body());
        assertThat(again.get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM webhook_receipt WHERE provider = 'setu' AND provider_event_id = ?",
                        Integer.class,
                        eventId))
                .isOne();
        try (TopicRecorder recorder = TopicRecorder.fromStart(
                TestKafka.instance().bootstrapServers(), topicNames.of(Topics.PROVIDER_WEBHOOKS))) {
            recorder.await(r -> eventId.equals(providerEventId(r)));
            // A second copy would arrive within this: the relay is woken by every commit and polls every 0.5 s.
            assertThat(recorder.recordFor(Duration.ofSeconds(3)).stream()
                            .filter(r -> eventId.equals(providerEventId(r))))
                    .hasSize(1);
        }
        // The service's default: the outbox row is deleted once published (the receipt keeps the webhook).
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM outbox_message", Integer.class) == 0);
    }

    private static String providerEventId(Recorded received) {
        return received.message(ProviderWebhookReceived.class)
                .map(ProviderWebhookReceived::providerEventId)
                .orElse(null);
    }
}
