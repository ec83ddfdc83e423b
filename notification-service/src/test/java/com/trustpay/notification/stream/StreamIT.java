package com.trustpay.notification.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PartyConfirmed;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.notification.NotificationServiceApplication;
import com.trustpay.notification.support.NotificationServiceIT;
import com.trustpay.notification.support.SseClient;
import com.trustpay.notification.support.TestMailServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The live stream over real HTTP, with two instances on one database and one Kafka: instance A (this test's context)
 * consumes nothing, instance B consumes everything, and A's streams still get every notification (LISTEN/NOTIFY).
 * Also: heartbeats, Last-Event-ID resume, and tickets that are expired, reused, missing or someone else's.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.listener.auto-startup=false",
            "trustpay.stream.heartbeat=200ms",
            "trustpay.outbox.poll-interval=100ms"
        })
class StreamIT extends NotificationServiceIT {

    private static final TestMailServer SMTP = new TestMailServer();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @LocalServerPort
    int portA;

    @Autowired
    Environment environment;

    @Autowired
    KafkaListenerEndpointRegistry listenersOfA;

    ConfigurableApplicationContext instanceB;
    int portB;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startInstanceB() {
        Map<String, Object> same = Map.of(
                "server.port", 0,
                "spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"),
                "spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"),
                "spring.datasource.password", environment.getProperty("spring.datasource.password", ""),
                "spring.kafka.bootstrap-servers", environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                "trustpay.kafka.prefix", environment.getRequiredProperty("trustpay.kafka.prefix"),
                "trustpay.security.jwk-set-uri", tokens.jwksUri(),
                "spring.mail.port", SMTP.port(),
                "trustpay.outbox.poll-interval", "100ms");
        // As command-line arguments: they outrank application.yml, as a second process's environment would.
        // A second process of the tests runs the sandbox profile too, with its management port free like its API port.
        String[] args = Stream.concat(
                        same.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
                        Stream.of("--spring.profiles.active=sandbox", "--management.server.port=0"))
                .toArray(String[]::new);
        instanceB = new SpringApplicationBuilder(NotificationServiceApplication.class).run(args);
        portB = Integer.parseInt(instanceB.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    void stop() {
        instanceB.close();
        SMTP.close();
    }

    @Test
    void aStreamOnOneInstanceGetsWhatTheOtherInstanceConsumed() throws Exception {
        UUID payer = register("Lata");
        UUID payee = register("Mohan");
        try (SseClient onA = SseClient.open(streamUrl(portA, ticket(portA, payer)), null);
                SseClient onB = SseClient.open(streamUrl(portB, ticket(portA, payee)), null)) {
            assertThat(onA.status()).isEqualTo(200);
            UUID escrow = joined(payer, payee, "Violin");
            events.publish(new FundsHeld(escrow, 300_000, "TP-1"));

            SseClient.Event held = onA.awaitNotifications(2).get(1);
            JsonNode data = json.readTree(held.data());
            assertThat(data.get("kind").asString()).isEqualTo("FUNDS_HELD");
            assertThat(data.get("title").asString())
                    .isEqualTo("Your \u20B93,000 is held safely for \u201CViolin\u201D");
            assertThat(Long.parseLong(held.id()))
                    .isEqualTo(seqOf(UUID.fromString(data.get("id").asString())));
            assertThat(json.readTree(onB.awaitNotifications(1).getFirst().data())
                            .get("kind")
                            .asString())
                    .as("the payee's stream, on instance B, gets the payee's notification only")
                    .isEqualTo("FUNDS_HELD");
            await().atMost(Duration.ofSeconds(10)).until(() -> onA.comments() >= 3);
        }
        assertThat(listenersOfA.getListenerContainers())
                .as("instance A consumes nothing itself")
                .isNotEmpty()
                .noneMatch(MessageListenerContainer::isRunning);
    }

    @Test
    void aStreamThatReconnectsWithTheLastEventIdMissesNothing() {
        UUID payer = register("Neel");
        UUID payee = register("Ojas");
        UUID escrow;
        String lastId;
        try (SseClient first = SseClient.open(streamUrl(portA, ticket(portA, payee)), null)) {
            escrow = joined(payer, payee, "Drone");
            events.publish(new FundsHeld(escrow, 900_000, "TP-2"));
            lastId = first.awaitNotifications(1).getFirst().id();
        }
        events.publish(new PartyConfirmed(escrow, PartyRole.PAYER, payer));
        Envelope failed = events.publish(new ReleaseFailed(escrow, 1, "Bank down"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM notification WHERE event_id = ? AND recipient = ?",
                                Integer.class,
                                failed.eventId(),
                                payee.toString())
                        == 2);

        try (SseClient again = SseClient.open(streamUrl(portA, ticket(portA, payee)), lastId)) {
            List<SseClient.Event> missed = again.awaitNotifications(2);
            assertThat(missed).extracting(e -> kind(e)).containsExactly("PARTY_CONFIRMED", "RELEASE_FAILED");
            assertThat(Long.parseLong(missed.get(0).id())).isGreaterThan(Long.parseLong(lastId));

            events.publish(new FundsHeld(escrow, 900_000, "TP-3-redelivered-as-new-event"));
            assertThat(again.awaitNotifications(3))
                    .extracting(e -> kind(e))
                    .containsExactly("PARTY_CONFIRMED", "RELEASE_FAILED", "FUNDS_HELD");
        }
    }

    @Test
    void aTicketOpensOneStreamOnceWhileItIsFreshAndOnlyForItsUser() throws Exception {
        UUID payer = register("Pooja");
        UUID payee = register("Quasim");
        String ticket = ticket(portA, payer);
        try (SseClient first = SseClient.open(streamUrl(portA, ticket), null)) {
            assertThat(first.status()).isEqualTo(200);
            try (SseClient reused = SseClient.open(streamUrl(portB, ticket), null)) {
                assertThat(reused.status()).isEqualTo(401);
                assertThat(json.readTree(reused.errorBody()).get("code").asString())
                        .isEqualTo("STREAM_TICKET_INVALID");
            }
            UUID escrow = UUID.randomUUID();
            events.publish(new EscrowCreated(
                    escrow, "ZZZ999", "Shy Owl", "Bike", 100_000, PartyRole.PAYEE, payee, Instant.now()));
            events.publish(new PartnerJoined(escrow, payer, payee));
            events.publish(new FundsHeld(escrow, 100_000, "TP-4"));
            List<SseClient.Event> got = first.awaitNotifications(1);
            assertThat(got).extracting(e -> kind(e)).containsExactly("FUNDS_HELD");
            assertThat(json.readTree(got.getFirst().data()).get("title").asString())
                    .startsWith("Your ");
        }

        String stale = ticket(portA, payer);
        jdbc.update(
                "UPDATE stream_ticket SET expires_at = now() - interval '1 second' WHERE used_at IS NULL"
                        + " AND user_id = ?",
                payer);
        try (SseClient expired = SseClient.open(streamUrl(portA, stale), null)) {
            assertThat(expired.status()).isEqualTo(401);
        }
        try (SseClient none = SseClient.open("http://127.0.0.1:" + portA + "/api/notifications/stream", null)) {
            assertThat(none.status()).isEqualTo(401);
        }
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/api/notifications/stream-tickets"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("SELECT ticket_hash FROM stream_ticket", byte[].class))
                .as("only hashes are stored")
                .noneMatch(hash -> new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1).contains(stale));
    }

    private UUID register(String name) {
        UUID user = UUID.randomUUID();
        Envelope registered = events.publish(new UserRegistered(user, name, name.toLowerCase() + "@example.com"));
        awaitProcessed(registered);
        return user;
    }

    private UUID joined(UUID payer, UUID payee, String title) {
        UUID escrow = UUID.randomUUID();
        events.publish(new EscrowCreated(
                escrow, "ABC123", "Brave Otter", title, 300_000, PartyRole.PAYER, payer, Instant.now()));
        events.publish(new PartnerJoined(escrow, payer, payee));
        return escrow;
    }

    private String ticket(int port, UUID user) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream-tickets"))
                            .header("Authorization", "Bearer " + tokens.user(user))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
            return json.readTree(response.body()).get("ticket").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String streamUrl(int port, String ticket) {
        return "http://127.0.0.1:" + port + "/api/notifications/stream?ticket=" + ticket;
    }

    private long seqOf(UUID notificationId) {
        return jdbc.queryForObject("SELECT seq FROM notification WHERE id = ?", Long.class, notificationId);
    }

    private String kind(SseClient.Event event) {
        return json.readTree(event.data()).get("kind").asString();
    }
}
