package com.trustpay.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.notification.support.Api;
import com.trustpay.notification.support.NotificationServiceIT;
import com.trustpay.notification.support.TestMailServer;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.TopicRecorder;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The mail queue against a real SMTP server that goes away: mail waits and goes once when the server is back; a mail
 * that cannot go after its attempts raises an admin alert, stays visible, and goes when an admin retries it.
 */
@SpringBootTest(
        properties = {
            "trustpay.mail.send-every=100ms",
            "trustpay.mail.max-attempts=4",
            "trustpay.mail.first-retry=300ms",
            "trustpay.mail.max-retry=600ms",
            "trustpay.ops.alerts.throttle-window=0s",
            "trustpay.outbox.poll-interval=100ms"
        })
@AutoConfigureMockMvc
class MailOutageIT extends NotificationServiceIT {

    private static final TestMailServer SMTP = new TestMailServer();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    MockMvc mvc;

    Api api;
    TopicRecorder alerts;

    @BeforeAll
    void connect() {
        api = new Api(mvc, json);
        alerts = TopicRecorder.fromStart(TestKafka.instance().bootstrapServers(), topics.of(Topics.OPS_ALERTS));
    }

    @AfterAll
    void close() {
        alerts.close();
        SMTP.close();
    }

    @Test
    void mailWaitsForTheSmtpServerAndGoesOnceItIsBack() {
        UUID payer = register("Gita");
        UUID payee = register("Hari");
        SMTP.stop();
        heldEscrow(payer, payee, "Scooter");

        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM mail_message WHERE recipient_user_id = ? AND status = 'QUEUED'"
                                        + " AND attempts >= 1 AND last_error LIKE 'SMTP did not take the mail%'",
                                Integer.class, payer)
                        == 1);
        SMTP.start();

        String subject = "TrustPay: Your \u20B95,000 is held safely for \u201CScooter\u201D";
        await().atMost(WAIT)
                .until(() -> !mailsTo(mailOf("Gita", payer), subject).isEmpty());
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(mailOf("Gita", payer), subject).size() == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM mail_message WHERE recipient_user_id = ? AND subject = ?",
                        String.class,
                        payer,
                        subject))
                .isEqualTo("SENT");
    }

    @Test
    void aMailThatCannotGoRaisesAnAlertStaysVisibleAndGoesWhenRetried() {
        UUID payer = UUID.randomUUID();
        UUID payee = register("Indu");
        heldEscrow(payer, payee, "Fridge");

        AdminAlert alert = alerts.await(r -> r.message(AdminAlert.class)
                        .filter(a -> a.kind().equals("MAIL_UNDELIVERABLE")
                                && a.detail().contains("Fridge"))
                        .isPresent())
                .message(AdminAlert.class)
                .orElseThrow();
        assertThat(alert.detail()).contains("after 4 attempts").contains("No e-mail address is known");
        String admin = tokens.admin(UUID.randomUUID());
        await().atMost(WAIT).until(() -> api.get("/api/notifications?size=100", admin).items().stream()
                .anyMatch(n -> n.get("title").asString().equals("WARNING \u00B7 MAIL_UNDELIVERABLE")));

        assertThat(api.get("/api/notifications/mails/failed", tokens.user(payee))
                        .status())
                .isEqualTo(403);
        List<JsonNode> failed = jsonList(api.get("/api/notifications/mails/failed", admin));
        JsonNode mail = failed.stream()
                .filter(m -> m.get("subject").asString().contains("Fridge"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.get("attempts").asInt()).isEqualTo(4);
        assertThat(api.post("/api/notifications/mails/" + UUID.randomUUID() + "/retry", admin, null)
                        .code())
                .isEqualTo("MAIL_NOT_FOUND");

        events.publish(new UserRegistered(payer, "Jai", mailOf("Jai", payer)));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM person WHERE user_id = ?", Integer.class, payer)
                        == 1);
        assertThat(api.post("/api/notifications/mails/" + mail.get("id").asString() + "/retry", admin, null)
                        .status())
                .isEqualTo(202);
        await().atMost(WAIT).until(() -> !mailsTo(
                        mailOf("Jai", payer), "TrustPay: Your \u20B95,000 is held safely for \u201CFridge\u201D")
                .isEmpty());
        assertThat(jsonList(api.get("/api/notifications/mails/failed", admin)))
                .noneMatch(m -> m.get("subject").asString().contains("Fridge"));
    }

    private UUID register(String name) {
        UUID user = UUID.randomUUID();
        Envelope registered = events.publish(new UserRegistered(user, name, mailOf(name, user)));
        awaitProcessed(registered);
        return user;
    }

    private UUID heldEscrow(UUID payer, UUID payee, String title) {
        UUID escrow = UUID.randomUUID();
        events.publish(new EscrowCreated(
                escrow, "QWE123", "Quiet Lynx", title, 500_000, PartyRole.PAYEE, payee, Instant.now()));
        events.publish(new PartnerJoined(escrow, payer, payee));
        events.publish(new FundsHeld(escrow, 500_000, "TP-" + title));
        return escrow;
    }

    private static String mailOf(String name, UUID user) {
        return name.toLowerCase() + "-" + user + "@example.com";
    }

    private static List<MimeMessage> mailsTo(String to, String subject) {
        return SMTP.received().stream()
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject())
                                && m.getAllRecipients()[0].toString().equals(to);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<JsonNode> jsonList(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        response.json().forEach(list::add);
        return list;
    }
}
