package com.trustpay.escrow.escrow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Milestones and an admin's split (ADR 0021) over HTTP and Kafka, against real PostgreSQL and Kafka: milestones paid
 * out one by one through payout events (a redelivered or repeated success is harmless), the database refusing a
 * second release of a paid milestone, and a split that becomes one ReleaseFunds and one RefundPayment adding up to
 * what was held.
 */
@SpringBootTest(properties = {"trustpay.escrow.expiry-sweep=1h", "trustpay.outbox.poll-interval=100ms"})
@ActiveProfiles("sandbox") // the built-in admin logs in below
class MilestonesIT extends EscrowServiceIT {

    private static final long AMOUNT = 250_000;

    TopicRecorder commands;
    TopicRecorder escrowEvents;
    String admin;

    record Deal(UUID id, String payer, String payee) {
        String path() {
            return "/api/escrows/" + id;
        }

        String confirm(int milestone) {
            return path() + "/milestones/" + milestone + "/confirm";
        }
    }

    @BeforeAll
    void connect() throws Exception {
        commands = recordFromStart(Topics.ESCROW_COMMANDS);
        escrowEvents = recordFromStart(Topics.ESCROW_EVENTS);
        admin = loginAsAdmin();
    }

    @Test
    void milestonesArePaidOutOneByOneAndARedeliveredOrRepeatedSuccessChangesNothing() throws Exception {
        Deal deal = heldDeal(List.of(milestone("Frame", 150_000), milestone("Wheels", 100_000)));
        EscrowCreated created = escrowEvents.await(EscrowCreated.class, deal.id());
        assertThat(created.milestones())
                .extracting(EscrowCreated.Milestone::amountPaise)
                .containsExactly(150_000L, 100_000L);
        JsonNode seen = api.get(deal.path(), deal.payer()).json();
        assertThat(strings(seen.get("allowedActions")))
                .contains("CONFIRM_MILESTONE")
                .doesNotContain("CONFIRM");
        assertThat(strings(seen.get("milestones").get(0).get("allowedActions"))).containsExactly("CONFIRM_MILESTONE");

        assertThat(api.post(deal.confirm(1), deal.payer(), Map.of()).status()).isEqualTo(200);
        JsonNode afterBoth = api.post(deal.confirm(1), deal.payee(), Map.of()).json();
        assertThat(afterBoth.get("status").asString()).isEqualTo("HELD");
        assertThat(afterBoth.get("milestones").get(0).get("status").asString()).isEqualTo("RELEASING");
        ReleaseFunds first = commands.await(ReleaseFunds.class, deal.id());
        assertThat(first.milestone()).isEqualTo(1);
        assertThat(first.amountPaise()).isEqualTo(150_000);

        Envelope paid = codec.wrap(payout(deal, "po_m1", 150_000, 1));
        send(paid);
        send(paid); // redelivered: the same event id
        send(codec.wrap(payout(deal, "po_m1", 150_000, 1))); // reported again under a new id
        awaitMilestone(deal, 0, m -> m.get("status").asString().equals("PAID"));
        JsonNode one = api.get(deal.path(), deal.payer()).json();
        assertThat(one.get("status").asString()).isEqualTo("HELD");
        assertThat(one.get("milestones").get(0).get("payoutUtr").asString()).isEqualTo("UTR-po_m1");
        assertThat(one.get("heldPaise").asLong()).isEqualTo(100_000);

        api.post(deal.confirm(2), deal.payee(), Map.of());
        assertThat(api.post(deal.confirm(2), deal.payer(), Map.of()).text("status"))
                .isEqualTo("RELEASING");
        List<ReleaseFunds> releases = commands.await(ReleaseFunds.class, deal.id(), 2);
        assertThat(releases.get(1).milestone()).isEqualTo(2);
        assertThat(releases.stream().mapToLong(ReleaseFunds::amountPaise).sum()).isEqualTo(AMOUNT);
        send(codec.wrap(payout(deal, "po_m2", 100_000, 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RELEASED"
                .equals(api.get(deal.path(), deal.payer()).text("status")));

        assertThat(historyKinds(deal).stream().filter("Released"::equals)).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM escrow_milestone WHERE escrow_id = ? AND status = 'PAID'",
                        Long.class,
                        deal.id()))
                .isEqualTo(2);
        assertThat(commands.messages(ReleaseFunds.class, deal.id())).hasSize(2);
    }

    @Test
    void aPayeeCancelAfterAPaidMilestoneRefundsOnlyTheRestAndTheEscrowEndsRefunded() throws Exception {
        Deal deal = heldDeal(List.of(milestone("Frame", 150_000), milestone("Wheels", 100_000)));
        assertThat(api.post(deal.confirm(3), deal.payer(), Map.of()).code()).isEqualTo("UNKNOWN_MILESTONE");
        assertThat(api.post(deal.confirm(1), api.signUp("Meera"), Map.of()).status())
                .isEqualTo(404);
        api.post(deal.confirm(1), deal.payer(), Map.of());
        api.post(deal.confirm(1), deal.payee(), Map.of());
        Response underWay = api.post(deal.path() + "/cancel", deal.payee(), Map.of("reason", "no wheels"));
        assertThat(underWay.status()).isEqualTo(409);
        assertThat(underWay.code()).isEqualTo("MILESTONE_PAYOUT_UNDER_WAY");
        send(payout(deal, "po_c1", 150_000, 1));
        awaitMilestone(deal, 0, m -> m.get("status").asString().equals("PAID"));

        Response cancelled = api.post(deal.path() + "/cancel", deal.payee(), Map.of("reason", "no wheels"));

        assertThat(cancelled.text("status")).isEqualTo("REFUNDING");
        RefundPayment refund = commands.await(RefundPayment.class, deal.id());
        assertThat(refund.amountPaise()).isEqualTo(100_000);
        send(new RefundSucceeded(deal.id(), "rf_c1", 100_000, "rfnd_c1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "REFUNDED"
                .equals(api.get(deal.path(), deal.payer()).text("status")));
        JsonNode ended = api.get(deal.path(), deal.payer()).json();
        assertThat(ended.get("milestones").valueStream().map(m -> m.get("status")
                        .asString()))
                .containsExactly("PAID", "REFUNDED");
        assertThat(ended.get("finished").asBoolean()).isTrue();
        assertThat(api.get(deal.path() + "/receipt", deal.payer()).status()).isEqualTo(200);
    }

    @Test
    void theDatabaseRefusesASecondReleaseOfAPaidMilestoneAndMoreReleasedThanTheAmount() throws Exception {
        Deal deal = heldDeal(List.of(milestone("Design", 100_000), milestone("Build", 150_000)));
        api.post(deal.confirm(1), deal.payer(), Map.of());
        api.post(deal.confirm(1), deal.payee(), Map.of());
        send(codec.wrap(payout(deal, "po_d1", 100_000, 1)));
        awaitMilestone(deal, 0, m -> m.get("status").asString().equals("PAID"));

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE escrow_milestone SET status = 'RELEASING', paid_at = NULL, release_round = 2"
                                + " WHERE escrow_id = ? AND number = 1",
                        deal.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("already paid");
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE escrow_milestone SET payout_reference = 'po_other' WHERE escrow_id = ? AND number = 1",
                        deal.id()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO escrow_milestone (escrow_id, number, title, amount_paise, status, release_round)"
                                + " VALUES (?, 3, 'Extra', 200000, 'RELEASING', 1)",
                        deal.id()))
                .as("released milestones above the escrow's amount")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void milestonesThatDoNotAddUpAreRefusedWithAProblemAndNothingIsCreated() throws Exception {
        String payer = api.signUp("Asha");

        Response mismatch = create(payer, List.of(milestone("A", 100_000), milestone("B", 100_000)));
        Response one = create(payer, List.of(milestone("All", AMOUNT)));
        Response small = create(payer, List.of(milestone("A", 249_950), milestone("B", 50)));

        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("MILESTONE_SUM_MISMATCH");
        assertThat(mismatch.contentType()).contains("application/problem+json");
        assertThat(one.code()).isEqualTo("MILESTONE_COUNT_OUT_OF_RANGE");
        assertThat(small.code()).isEqualTo("MILESTONE_AMOUNT_TOO_SMALL");
        assertThat(small.json().get("errors").get(0).get("field").asString()).isEqualTo("milestones[1].amountPaise");
        assertThat(api.get("/api/escrows", payer).json().get("items").size()).isZero();
    }

    @Test
    void aSplitBecomesOneReleaseFundsAndOneRefundPaymentThatAddUpToTheAmount() throws Exception {
        Deal deal = heldDeal(null);
        api.post(deal.path() + "/dispute", deal.payer(), Map.of("reason", "the bell is missing"));
        String resolve = "/api/admin/escrows/" + deal.id() + "/resolve";

        Response tooMuch = api.post(resolve, admin, Map.of("outcome", "SPLIT", "releasePaise", AMOUNT, "note", "x"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.code()).isEqualTo("SPLIT_OUT_OF_RANGE");
        Response split =
                api.post(resolve, admin, Map.of("outcome", "SPLIT", "releasePaise", 150_000, "note", "Bell missing"));
        assertThat(split.status()).isEqualTo(200);
        assertThat(split.text("status")).isEqualTo("RELEASING");

        ReleaseFunds release = commands.await(ReleaseFunds.class, deal.id());
        assertThat(release.amountPaise()).isEqualTo(150_000);
        assertThat(release.milestone()).isNull();
        DisputeResolved decided = escrowEvents.await(DisputeResolved.class, deal.id());
        assertThat(decided.outcome()).isEqualTo("SPLIT");
        assertThat(decided.releasePaise() + decided.refundPaise()).isEqualTo(AMOUNT);
        send(codec.wrap(payout(deal, "po_split", 150_000, null)));
        RefundPayment refund = commands.await(RefundPayment.class, deal.id());
        assertThat(refund.amountPaise() + release.amountPaise()).isEqualTo(AMOUNT);
        send(codec.wrap(new RefundSucceeded(deal.id(), "rf_split", refund.amountPaise(), "rfnd_1", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> "REFUNDED"
                .equals(api.get(deal.path(), deal.payee()).text("status")));

        JsonNode seen = api.get(deal.path(), deal.payee()).json();
        assertThat(seen.get("decision").get("outcome").asString()).isEqualTo("SPLIT");
        assertThat(seen.get("decision").get("releasePaise").asLong()).isEqualTo(150_000);
        assertThat(seen.get("nextStep").asString()).contains("part was paid to the payee");
        assertThat(commands.messages(RefundPayment.class, deal.id())).hasSize(1);
        assertThat(commands.messages(ReleaseFunds.class, deal.id())).hasSize(1);
    }

    private static Map<String, Object> milestone(String title, long amountPaise) {
        return Map.of("title", title, "amountPaise", amountPaise);
    }

    private PayoutSucceeded payout(Deal deal, String reference, long amountPaise, Integer milestone) {
        return new PayoutSucceeded(
                deal.id(), reference, amountPaise, "pout_" + reference, "UTR-" + reference, Instant.now(), milestone);
    }

    private void send(Message message) throws Exception {
        send(codec.wrap(message));
    }

    private void send(Envelope envelope) throws Exception {
        String topic = MessageCatalog.byName(envelope.type()).orElseThrow().topic();
        kafka.send(topics.of(topic), envelope.escrowId().toString(), codec.encode(envelope))
                .get();
    }

    private void awaitMilestone(Deal deal, int index, Predicate<JsonNode> done) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> done.test(api.get(deal.path(), deal.payer())
                        .json()
                        .get("milestones")
                        .get(index)));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private List<String> historyKinds(Deal deal) throws Exception {
        return api.get(deal.path() + "/history", deal.payer())
                .json()
                .valueStream()
                .map(entry -> entry.get("kind").asString())
                .toList();
    }

    private Response create(String payer, List<Map<String, Object>> milestones) throws Exception {
        Map<String, Object> body = milestones == null
                ? Map.of("title", "Used bicycle", "amountPaise", AMOUNT, "role", "PAYER", "vpa", "asha@okaxis")
                : Map.of(
                        "title",
                        "Used bicycle",
                        "amountPaise",
                        AMOUNT,
                        "role",
                        "PAYER",
                        "vpa",
                        "asha@okaxis",
                        "milestones",
                        milestones);
        return api.post("/api/escrows", payer, body);
    }

    private Deal heldDeal(List<Map<String, Object>> milestones) throws Exception {
        String payer = api.signUp("Asha");
        String payee = api.signUp("Ravi");
        Response created = create(payer, milestones);
        assertThat(created.status()).isEqualTo(201);
        api.post("/api/escrows/join", payee, Map.of("code", created.text("code"), "vpa", "ravi@ybl"));
        Deal deal = new Deal(created.id(), payer, payee);
        commands.await(RequestPayment.class, deal.id());
        send(new PaymentSucceeded(deal.id(), 1, "ref-1", AMOUNT, "setu_1", "RRN1", "asha@okaxis", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "HELD".equals(api.get(deal.path(), payer).text("status")));
        return deal;
    }
}
