package com.trustpay.escrow.escrow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The dispute thread and the admin's decision over HTTP, against real PostgreSQL and Kafka: who may read and write,
 * what is refused (and then stored nowhere), idempotent retries, and a decision's note that both parties see.
 */
@SpringBootTest(properties = {"trustpay.escrow.expiry-sweep=1h", "trustpay.outbox.poll-interval=100ms"})
@ActiveProfiles("sandbox") // the built-in admin logs in below
class DisputeThreadIT extends EscrowServiceIT {

    private static final long AMOUNT = 250_000;

    TopicRecorder commands;
    TopicRecorder escrowEvents;
    String admin;

    record Deal(UUID id, String payer, String payee) {
        String path() {
            return "/api/escrows/" + id;
        }

        String thread() {
            return path() + "/dispute/messages";
        }

        String adminThread() {
            return "/api/admin/escrows/" + id + "/dispute/messages";
        }
    }

    @BeforeAll
    void connect() throws Exception {
        commands = recordFromStart(Topics.ESCROW_COMMANDS);
        escrowEvents = recordFromStart(Topics.ESCROW_EVENTS);
        admin = loginAsAdmin();
    }

    @Test
    void bothPartiesAndAnAdminWriteTheThreadWhichStartsWithTheReasonAndEndsWithTheNewest() throws Exception {
        Deal deal = disputedDeal("The bicycle has a cracked frame");
        assertThat(actions(api.get(deal.path(), deal.payee()))).contains("POST_DISPUTE_MESSAGE");

        Response payee = post(deal.thread(), deal.payee(), "  It was fine when I shipped it  ");
        assertThat(payee.status()).isEqualTo(201);
        assertThat(payee.text("author")).isEqualTo("PAYEE");
        assertThat(payee.text("text")).isEqualTo("It was fine when I shipped it");
        assertThat(post(deal.adminThread(), admin, "Please both send photos").status())
                .isEqualTo(201);
        assertThat(post(deal.thread(), deal.payer(), "Photos attached to my e-mail")
                        .status())
                .isEqualTo(201);

        JsonNode seenByPayer = api.get(deal.thread(), deal.payer()).json();
        assertThat(texts(seenByPayer))
                .containsExactly(
                        "The bicycle has a cracked frame",
                        "It was fine when I shipped it",
                        "Please both send photos",
                        "Photos attached to my e-mail");
        assertThat(seenByPayer.findValuesAsString("author")).containsExactly("PAYER", "PAYEE", "ADMIN", "PAYER");
        assertThat(seenByPayer.get(0).get("mine").asBoolean()).isTrue();
        assertThat(seenByPayer.get(2).get("authorName").asString()).isEqualTo("TrustPay staff");
        assertThat(absent(seenByPayer.get(2), "authorUserId"))
                .as("the parties do not learn which admin wrote")
                .isTrue();
        JsonNode seenByAdmin = api.get(deal.adminThread(), admin).json();
        assertThat(texts(seenByAdmin)).isEqualTo(texts(seenByPayer));
        assertThat(absent(seenByAdmin.get(2), "authorUserId")).isFalse();

        assertThat(historyKinds(deal)).contains("DisputeMessagePosted");
        List<DisputeMessagePosted> posted = escrowEvents.await(DisputeMessagePosted.class, deal.id(), 3);
        assertThat(posted).extracting(DisputeMessagePosted::authorRole).containsExactly("PAYEE", "ADMIN", "PAYER");
    }

    @Test
    void aStrangerGets404AndOnlyAdminsUseTheAdminPath() throws Exception {
        Deal deal = disputedDeal("not as described");
        String stranger = api.signUp("Meera");

        assertThat(api.get(deal.thread(), stranger).status()).isEqualTo(404);
        Response refused = post(deal.thread(), stranger, "let me in");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("ESCROW_NOT_FOUND");
        assertThat(api.get(deal.adminThread(), deal.payer()).status()).isEqualTo(403);
        assertThat(texts(api.get(deal.thread(), deal.payer()).json())).containsExactly("not as described");
    }

    @Test
    void anEscrowThatIsNotDisputedTakesNoMessage() throws Exception {
        Deal deal = heldDeal();

        Response refused = post(deal.thread(), deal.payer(), "hello");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(api.get(deal.thread(), deal.payer()).json().size()).isZero();
        assertThat(actions(api.get(deal.path(), deal.payer()))).doesNotContain("POST_DISPUTE_MESSAGE");
    }

    @Test
    void aBlankOrTooLongMessageIs400AndNothingIsStored() throws Exception {
        Deal deal = disputedDeal("not as described");

        Response tooLong = post(deal.thread(), deal.payer(), "x".repeat(2_001));
        Response blank = post(deal.thread(), deal.payer(), "   ");
        Response missing = api.post(deal.thread(), deal.payer(), Map.of());

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("MESSAGE_TOO_LONG");
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(blank.code()).isEqualTo("MESSAGE_REQUIRED");
        assertThat(missing.code()).isEqualTo("MESSAGE_REQUIRED");
        assertThat(post(deal.thread(), deal.payer(), "x".repeat(2_000)).status())
                .isEqualTo(201);
        assertThat(api.get(deal.thread(), deal.payer()).json().size()).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresOneMessage() throws Exception {
        Deal deal = disputedDeal("not as described");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Response first = api.call(HttpMethod.POST, deal.thread(), deal.payee(), Map.of("text", "Tracking: X1"), key);
        Response again = api.call(HttpMethod.POST, deal.thread(), deal.payee(), Map.of("text", "Tracking: X1"), key);
        Response other = api.call(HttpMethod.POST, deal.thread(), deal.payee(), Map.of("text", "Other"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(texts(api.get(deal.thread(), deal.payee()).json()))
                .containsExactly("not as described", "Tracking: X1");
    }

    @Test
    void anAdminsDecisionAndItsNoteAreKeptAndShownToBothPartiesButNotWhoDecided() throws Exception {
        Deal deal = disputedDeal("never arrived");
        String note = "The courier confirmed delivery to the payer's address";

        Response resolved = api.post(
                "/api/admin/escrows/" + deal.id() + "/resolve", admin, Map.of("outcome", "RELEASE", "note", note));

        assertThat(resolved.status()).isEqualTo(200);
        for (String party : List.of(deal.payer(), deal.payee())) {
            JsonNode escrow = api.get(deal.path(), party).json();
            JsonNode decision = escrow.get("decision");
            assertThat(decision.get("outcome").asString()).isEqualTo("RELEASE_TO_PAYEE");
            assertThat(decision.get("note").asString()).isEqualTo(note);
            assertThat(absent(decision, "decidedAt")).isFalse();
            assertThat(absent(decision, "decidedBy"))
                    .as("who decided is for admins")
                    .isTrue();
            assertThat(escrow.get("confirmations").get("payer").asBoolean()).isFalse();
            assertThat(escrow.get("confirmations").get("payee").asBoolean()).isFalse();
        }
        assertThat(api.get(deal.path(), admin)
                        .json()
                        .get("decision")
                        .get("decidedBy")
                        .isNull())
                .isFalse();
        JsonNode history = api.get(deal.path() + "/history", deal.payee()).json();
        JsonNode row = history.valueStream()
                .filter(entry -> entry.get("kind").asString().equals("DisputeResolved"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("outcome").asString()).isEqualTo("RELEASE_TO_PAYEE");
        assertThat(row.get("note").asString()).isEqualTo(note);
        assertThat(row.get("actor").get("role").asString()).isEqualTo("ADMIN");
        assertThat(row.get("actor").get("name").asString())
                .as("the parties do not learn which admin decided")
                .isEqualTo("TrustPay");
        assertThat(absent(row, "internal")).isTrue();
        assertThat(api.get(deal.path() + "/history", admin)
                        .json()
                        .valueStream()
                        .filter(entry -> entry.get("kind").asString().equals("DisputeResolved"))
                        .allMatch(entry -> !absent(entry.get("internal"), "actorId")))
                .isTrue();
        DisputeResolved wire = escrowEvents.await(DisputeResolved.class, deal.id());
        assertThat(wire.outcome()).isEqualTo("RELEASE_TO_PAYEE");
        assertThat(wire.note()).isEqualTo(note);
        assertThat(wire.fromStatus()).isEqualTo("DISPUTED");
        assertThat(post(deal.thread(), deal.payer(), "too late").status()).isEqualTo(409);
        assertThat(api.get(deal.thread(), deal.payer()).json().size())
                .as("the thread stays readable after the decision")
                .isEqualTo(1);
    }

    private Response post(String path, String token, String text) throws Exception {
        return api.post(path, token, Map.of("text", text));
    }

    /** Whether a field is missing or null (the API leaves nulls out). */
    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static List<String> texts(JsonNode messages) {
        return messages.valueStream().map(m -> m.get("text").asString()).toList();
    }

    private static List<String> actions(Response escrow) {
        return escrow.json()
                .get("allowedActions")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    private List<String> historyKinds(Deal deal) throws Exception {
        return api.get(deal.path() + "/history", deal.payer())
                .json()
                .valueStream()
                .map(entry -> entry.get("kind").asString())
                .toList();
    }

    private Deal disputedDeal(String reason) throws Exception {
        Deal deal = heldDeal();
        Response disputed = api.post(deal.path() + "/dispute", deal.payer(), Map.of("reason", reason));
        assertThat(disputed.text("status")).isEqualTo("DISPUTED");
        return deal;
    }

    private Deal heldDeal() throws Exception {
        String payer = api.signUp("Asha");
        String payee = api.signUp("Ravi");
        Response created = api.post(
                "/api/escrows",
                payer,
                Map.of("title", "Used bicycle", "amountPaise", AMOUNT, "role", "PAYER", "vpa", "asha@okaxis"));
        api.post("/api/escrows/join", payee, Map.of("code", created.text("code"), "vpa", "ravi@ybl"));
        Deal deal = new Deal(created.id(), payer, payee);
        commands.await(RequestPayment.class, deal.id());
        Envelope paid = codec.wrap(
                new PaymentSucceeded(deal.id(), 1, "ref-1", AMOUNT, "setu_1", "RRN1", "asha@okaxis", Instant.now()));
        String topic = MessageCatalog.byName(paid.type()).orElseThrow().topic();
        kafka.send(topics.of(topic), deal.id().toString(), codec.encode(paid)).get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "HELD".equals(api.get(deal.path(), payer).text("status")));
        return deal;
    }
}
