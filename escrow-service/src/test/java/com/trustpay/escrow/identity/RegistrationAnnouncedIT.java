package com.trustpay.escrow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.escrow.support.Api;
import com.trustpay.platform.messaging.TopicNames;
import com.trustpay.testsupport.RealInfrastructure;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.contracts.GoldenMessages;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A registration is announced on {@code identity.events} (with the e-mail address), and a refused one is not. */
@SpringBootTest(properties = "trustpay.outbox.poll-interval=100ms")
@AutoConfigureMockMvc
@RealInfrastructure
class RegistrationAnnouncedIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TopicNames topics;

    @Test
    void aNewAccountIsPublishedAsUserRegisteredAndATakenAddressIsNot() throws Exception {
        Api api = new Api(mvc, json);
        String email = "asha-" + UUID.randomUUID() + "@example.com";
        try (TopicRecorder identity =
                TopicRecorder.fromStart(TestKafka.instance().bootstrapServers(), topics.of(Topics.IDENTITY_EVENTS))) {
            Api.Response created = api.post(
                    "/api/auth/register", null, Map.of("name", "Asha Rao", "email", email, "password", "secret-pass"));
            assertThat(created.status()).isEqualTo(202);
            String token = api.login(email, "secret-pass");
            UUID userId = UUID.fromString(api.get("/api/me", token).text("userId"));

            Recorded record = identity.await(r -> r.is(UserRegistered.class)
                    && r.message(UserRegistered.class).orElseThrow().userId().equals(userId));
            assertThat(record.key()).as("keyed by the user").isEqualTo(userId.toString());
            UserRegistered registered = record.message(UserRegistered.class).orElseThrow();
            assertThat(registered).isEqualTo(new UserRegistered(userId, "Asha Rao", email));
            GoldenMessages.assertShapedLikeGolden(registered);

            assertThat(api.post(
                                    "/api/auth/register",
                                    null,
                                    Map.of("name", "Other", "email", email, "password", "secret-pass"))
                            .status())
                    .as("a taken address gets the same neutral answer")
                    .isEqualTo(202);
            assertThat(identity.recordFor(Duration.ofSeconds(1)).stream()
                            .filter(r -> r.is(UserRegistered.class))
                            .map(r -> r.message(UserRegistered.class)
                                    .orElseThrow()
                                    .email())
                            .filter(email::equals))
                    .hasSize(1);
        }
    }
}
