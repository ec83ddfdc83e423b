package com.trustpay.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.trustpay.contracts.Topics;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.reconciliation.reconciliation.application.Reconciliations;
import com.trustpay.reconciliation.reconciliation.application.ScheduledRuns;
import com.trustpay.reconciliation.reconciliation.domain.RunTrigger;
import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import com.trustpay.reconciliation.support.Admin;
import com.trustpay.reconciliation.support.Feed;
import com.trustpay.reconciliation.support.ReconciliationServiceIT;
import com.trustpay.reconciliation.support.Story;
import com.trustpay.testsupport.TestKafka;
import com.trustpay.testsupport.kafka.Recorded;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Every mismatch kind the two sides can show, each from the events of a story with one real fault in it, next to
 * clean stories that must stay clean; then what runs do with what they find (the same mismatch again, resolve,
 * reopen, one run per scheduled window on two instances), the report on the topic, the alerts and the API.
 */
@SpringBootTest(
        properties = {
            "trustpay.reconciliation.scheduled=false",
            "trustpay.outbox.poll-interval=100ms",
            // Small pages, so that a run's report really travels in several messages.
            "trustpay.reconciliation.report-page-size=4",
            // The two-way comparison only: the third side has ProviderSideIT.
            "trustpay.reconciliation.payment-service.url="
        })
class MismatchKindsIT extends ReconciliationServiceIT {

    private static final long AMOUNT = 125_000;

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    ScheduledRuns scheduledRuns;

    Instant from;
    Instant to;
    final Map<UUID, String> injected = new HashMap<>();
    final List<UUID> clean = new ArrayList<>();

    @BeforeAll
    void tellTheStories() {
        Feed feed = feed();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant t = now.minus(Duration.ofMinutes(90));
        from = t.minus(Duration.ofMinutes(5));
        to = now.plusSeconds(1);

        fault("AMOUNT_MISMATCH", Story.of(feed, AMOUNT, t).joined().requested().paid(AMOUNT - 5_000));
        fault(
                "STUCK_PENDING",
                Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(40)))
                        .joined()
                        .requested());
        fault(
                "DOUBLE_PAYOUT",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested()
                        .paid()
                        .held()
                        .paidOut()
                        .payoutInitiated()
                        .payoutSucceeded(AMOUNT));
        fault(
                "REFUNDS_EXCEED_COLLECTED",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested()
                        .paid()
                        .held()
                        .refunding()
                        .refundSucceeded()
                        .refundInitiated()
                        .refundSucceeded()
                        .refunded());
        fault(
                "PAYOUT_AND_REFUND",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested()
                        .paid()
                        .held()
                        .paidOut()
                        .refundInitiated()
                        .refundSucceeded());
        fault(
                "HELD_WITHOUT_PAYMENT",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested(Duration.ofHours(3))
                        .held()); // still valid: not also stuck
        fault(
                "RELEASED_WITHOUT_PAYOUT",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested()
                        .paid()
                        .held()
                        .releasing()
                        .payoutFailed()
                        .released());
        fault(
                "PAYOUT_REVERSED",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested()
                        .paid()
                        .held()
                        .paidOut()
                        .payoutReversed());
        fault(
                "STATUS_MISMATCH",
                Story.of(feed, AMOUNT, t)
                        .joined()
                        .requested()
                        .paid()
                        .held()
                        .refunding()
                        .refundFailed()
                        .refunded());
        // Milestones and split decisions (issue 18 item 3): one fault of each kind they can show, and the clean ones.
        fault(
                "DOUBLE_PAYOUT",
                Story.held(feed, AMOUNT, t)
                        .milestonePaidOut(1, 50_000)
                        .payoutOf(1, 50_000)
                        .milestonePaidOut(2, 75_000));
        fault(
                "REFUNDS_EXCEED_COLLECTED",
                Story.held(feed, AMOUNT, t).milestonePaidOut(1, 100_000).milestonePaidOut(2, 100_000));
        fault(
                "PAYOUT_AND_REFUND",
                Story.held(feed, AMOUNT, t)
                        .splitPaidOut(75_000)
                        .refundInitiated()
                        .refundSucceeded()); // escrow-service says only released
        clean.add(Story.held(feed, AMOUNT, t).milestonePaidOut(1, 50_000).milestonePaidOut(2, 75_000).escrowId);
        clean.add(Story.held(feed, AMOUNT, t).splitPaidOut(75_000).refundedRest(50_000).escrowId);
        clean.add(Story.held(feed, AMOUNT, t).milestonePaidOut(1, 50_000).refundedRest(75_000).escrowId);
        clean.add(Story.of(feed, AMOUNT, t).joined().requested().paid().held().paidOut().escrowId);
        clean.add(Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(5)))
                .joined()
                .requested()
                .escrowId);
        clean.add(Story.of(feed, AMOUNT, now.minus(Duration.ofMinutes(20)))
                .joined()
                .requested()
                .paid()
                .held()
                .releasing()
                .escrowId);

        awaitHandled(feed);
    }

    private void fault(String kind, Story story) {
        injected.put(story.escrowId, kind);
    }

    /** How many faults of the kind were injected. */
    private long injectedOf(String kind) {
        return injected.values().stream().filter(kind::equals).count();
    }

    /** The critical kinds injected, once per fault. */
    private List<String> criticalInjected() {
        return injected.values().stream()
                .filter(k -> List.of("DOUBLE_PAYOUT", "REFUNDS_EXCEED_COLLECTED", "PAYOUT_AND_REFUND")
                        .contains(k))
                .toList();
    }

    private JsonNode runNow() {
        Admin.Answer run =
                admin.post("/api/admin/reconciliation/runs", Map.of("from", from.toString(), "to", to.toString()));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        return run.json();
    }

    private static List<Integer> numbers(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).boxed().toList();
    }

    private static Map<UUID, String> kindsByEscrow(JsonNode mismatches) {
        Map<UUID, String> found = new HashMap<>();
        for (JsonNode m : mismatches) {
            String previous = found.put(
                    UUID.fromString(m.get("escrowId").asString()), m.get("kind").asString());
            assertThat(previous)
                    .as("a second mismatch for escrow %s: %s", m.get("escrowId"), m)
                    .isNull();
        }
        return found;
    }

    @Test
    void everyInjectedFaultIsFoundAsItsKindAndNothingElse() {
        JsonNode run = runNow();

        assertThat(kindsByEscrow(run.get("mismatches"))).isEqualTo(injected);
        assertThat(run.get("run").get("escrowsChecked").asInt()).isEqualTo(injected.size() + clean.size());
        for (String kind : injected.values()) {
            assertThat(run.get("run").get("counts").get(kind).asLong()).as(kind).isEqualTo(injectedOf(kind));
        }
        JsonNode reversal = find(run.get("mismatches"), "PAYOUT_REVERSED");
        assertThat(reversal.get("providerIds").get("razorpayxPayoutId").asString())
                .startsWith("pout_PO");
        assertThat(reversal.get("providerIds").get("utr").asString()).startsWith("UTR");
        JsonNode amount = find(run.get("mismatches"), "AMOUNT_MISMATCH");
        assertThat(amount.get("ourAmountPaise").asLong()).isEqualTo(AMOUNT);
        assertThat(amount.get("providerAmountPaise").asLong()).isEqualTo(AMOUNT - 5_000);
        assertThat(amount.get("providerIds").get("setuPaymentId").asString()).startsWith("setu_TP");
        assertThat(amount.get("providerIds").get("rrn").asString()).startsWith("4123");
    }

    @Test
    void theReportReachesAPlainKafkaConsumerKeyedByTheRun() {
        String runId = runNow().get("run").get("id").asString();

        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "ops-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<ConsumerRecord<String, String>> ofRun = new ArrayList<>();
        try (KafkaConsumer<String, String> ops = new KafkaConsumer<>(config)) {
            ops.subscribe(List.of(topics.of(Topics.RECONCILIATION_REPORTS)));
            Instant deadline = Instant.now().plusSeconds(30);
            while (ofRun.size() < (injected.size() + 3) / 4 && Instant.now().isBefore(deadline)) {
                ops.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (runId.equals(r.key())) {
                        ofRun.add(r);
                    }
                });
            }
        }

        int pages = (injected.size() + 3) / 4;
        assertThat(ofRun).as("%s mismatches in pages of 4", injected.size()).hasSize(pages);
        assertThat(ofRun)
                .extracting(ConsumerRecord::partition)
                .containsOnly(ofRun.getFirst().partition());
        JsonMapper plain = JsonMapper.builder().build();
        List<JsonNode> parts = ofRun.stream()
                .map(r -> plain.readTree(r.value()))
                .peek(envelope -> assertThat(envelope.get("type").asString()).isEqualTo("ReconciliationReport"))
                .map(envelope -> envelope.get("payload"))
                .toList();
        assertThat(parts).extracting(p -> p.get("part").asInt()).containsExactlyElementsOf(numbers(pages));
        ArrayNode all = plain.createArrayNode();
        for (JsonNode page : parts) {
            assertThat(page.get("reportId").asString()).isEqualTo(runId);
            assertThat(page.get("parts").asInt()).isEqualTo(pages);
            assertThat(page.get("counts").get("mismatches").asInt()).isEqualTo(injected.size());
            page.get("mismatches").forEach(all::add);
        }
        assertThat(kindsByEscrow(all)).isEqualTo(injected);
    }

    @Test
    void criticalKindsRaiseOneAdminAlertEach() {
        runNow();

        try (TopicRecorder alerts =
                TopicRecorder.fromStart(TestKafka.instance().bootstrapServers(), topics.of(Topics.OPS_ALERTS))) {
            List<String> kinds =
                    alerts
                            .awaitAll(all -> all.stream().filter(r -> fromUs(r)).count()
                                    >= criticalInjected().size())
                            .stream()
                            .filter(MismatchKindsIT::fromUs)
                            .map(r -> r.as(AdminAlert.class).kind())
                            .toList();
            assertThat(kinds).containsExactlyInAnyOrderElementsOf(criticalInjected());
            assertThat(alerts.recordFor(Duration.ofSeconds(1)).stream().filter(MismatchKindsIT::fromUs))
                    .as("found again, they raise nothing new")
                    .hasSize(criticalInjected().size());
        }
    }

    private static boolean fromUs(Recorded r) {
        return r.is(AdminAlert.class)
                && "reconciliation-service".equals(r.as(AdminAlert.class).source());
    }

    @Test
    void aMismatchFoundAgainIsTheSameOneAndAResolvedOneReopens() {
        JsonNode first = find(runNow().get("mismatches"), "STATUS_MISMATCH");
        JsonNode second = find(runNow().get("mismatches"), "STATUS_MISMATCH");
        String id = first.get("id").asString();

        assertThat(second.get("id").asString()).isEqualTo(id);
        assertThat(second.get("firstSeen").asString())
                .isEqualTo(first.get("firstSeen").asString());
        assertThat(Instant.parse(second.get("lastSeen").asString()))
                .isAfterOrEqualTo(Instant.parse(first.get("lastSeen").asString()));

        String path = "/api/admin/reconciliation/mismatches/" + id;
        Admin.Answer acknowledged = admin.post(path + "/acknowledge", Map.of("note", "looking at the refund"));
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.json().get("actions").toString()).isEqualTo("[\"RESOLVE\"]");
        Admin.Answer again = admin.post(path + "/acknowledge", Map.of("note", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.code()).isEqualTo("MISMATCH_ALREADY_ACKNOWLEDGED");
        assertThat(admin.post(path + "/resolve", Map.of()).code()).isEqualTo("NOTE_REQUIRED");
        Admin.Answer resolved = admin.post(path + "/resolve", Map.of("note", "refunded by hand, UTR 123"));
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("note").asString()).isEqualTo("refunded by hand, UTR 123");
        assertThat(resolved.json().get("notedBy").asString()).isEqualTo("0b7f6c1e-0000-4000-8000-00000000ad11");

        JsonNode reopened = find(runNow().get("mismatches"), "STATUS_MISMATCH");
        assertThat(reopened.get("id").asString()).isEqualTo(id);
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("reopened").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/admin/reconciliation/mismatches?kind=STATUS_MISMATCH&status=OPEN")
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(admin.get("/api/admin/reconciliation/mismatches?kind=NOPE").code())
                .isEqualTo("INVALID_FILTER");
    }

    @Test
    void twoInstancesAskingForOneScheduledWindowRunItOnce() throws Exception {
        RunWindow window = new RunWindow(RunTrigger.ROLLING, from, to, "ROLLING:" + from + "/test");
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Reconciliations.Outcome> a = CompletableFuture.supplyAsync(() -> runAfter(go, window));
        CompletableFuture<Reconciliations.Outcome> b = CompletableFuture.supplyAsync(() -> runAfter(go, window));
        go.countDown();

        List<Reconciliations.Outcome> both = List.of(a.get(), b.get());

        assertThat(both).filteredOn(Reconciliations.Outcome::ranNow).hasSize(1);
        assertThat(both.get(0).run().id()).isEqualTo(both.get(1).run().id());
        assertThat(both.get(0).run().mismatchCount()).isEqualTo(injected.size());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reconciliation_run WHERE run_key = ?", Integer.class, window.key()))
                .isEqualTo(1);
        assertThat(reconciliations.run(window).ranNow()).as("asked again later").isFalse();
    }

    @Test
    void theScheduledWindowsRunOnceEach() {
        Reconciliations.Outcome rolling = scheduledRuns.rolling();
        Reconciliations.Outcome daily = scheduledRuns.daily();

        assertThat(rolling.run().trigger()).isEqualTo(RunTrigger.ROLLING);
        assertThat(Duration.between(rolling.run().from(), rolling.run().to())).isEqualTo(Duration.ofMinutes(15));
        assertThat(rolling.run().key()).startsWith("ROLLING:");
        assertThat(daily.run().trigger()).isEqualTo(RunTrigger.DAILY);
        assertThat(daily.run().key())
                .isEqualTo(RunWindow.previousIstDay(Instant.now()).key());
        assertThat(scheduledRuns.daily().ranNow()).isFalse();
        assertThat(scheduledRuns.daily().run().id()).isEqualTo(daily.run().id());
        Admin.Answer listed = admin.get("/api/admin/reconciliation/runs");
        assertThat(listed.json().findValuesAsString("trigger")).contains("ROLLING", "DAILY");
        Admin.Answer one =
                admin.get("/api/admin/reconciliation/runs/" + daily.run().id());
        assertThat(one.json().get("run").get("trigger").asString()).isEqualTo("DAILY");
    }

    private Reconciliations.Outcome runAfter(CountDownLatch go, RunWindow window) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reconciliations.run(window);
    }

    @Test
    void theReportOfARangeIsJsonOrASpreadsheetSafeCsv() throws Exception {
        runNow();
        String range = "?from=" + from + "&to=" + to;

        Admin.Answer report = admin.get("/api/admin/reconciliation" + range);
        assertThat(report.json().get("total").asInt()).isEqualTo(injected.size());
        assertThat(report.json().get("counts").get("DOUBLE_PAYOUT").asInt()).isEqualTo(injectedOf("DOUBLE_PAYOUT"));
        assertThat(report.json().get("runs").size()).isPositive();

        Admin.Answer csv = admin.call(get("/api/admin/reconciliation" + range)
                .accept(MediaType.parseMediaType("text/csv"))
                .with(Admin.admin()));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .contains("mismatchId,kind,severity,status,escrowId,reference,providerIds,"
                        + "ourAmountPaise,ourAmountRupees,providerAmountPaise,providerAmountRupees");
        assertThat(lines).hasSize(injected.size() + 1);
        assertThat(csv.body()).contains(",125000,1250.00,120000,1200.00,");
    }

    @Test
    void onlyAdminsGetIn() throws Exception {
        String path = "/api/admin/reconciliation?from=" + from + "&to=" + to;

        Admin.Answer anonymous = admin.call(get(path));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(admin.call(get(path).with(Admin.user())).status()).isEqualTo(403);
        assertThat(admin.call(post("/api/admin/reconciliation/runs").with(Admin.user()))
                        .status())
                .isEqualTo(403);
        Admin.Answer backwards = admin.get("/api/admin/reconciliation?from=" + to + "&to=" + from);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("RECONCILIATION_RANGE_INVALID");
        assertThat(admin.get("/api/admin/reconciliation/runs/" + UUID.randomUUID())
                        .code())
                .isEqualTo("RUN_NOT_FOUND");
    }

    private static JsonNode find(JsonNode mismatches, String kind) {
        for (JsonNode m : mismatches) {
            if (kind.equals(m.get("kind").asString())) {
                return m;
            }
        }
        throw new AssertionError("no " + kind + " in " + mismatches);
    }
}
