package com.trustpay.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.escrow.escrow.application.EscrowEventPublisher;
import com.trustpay.escrow.escrow.application.EscrowStore;
import com.trustpay.escrow.escrow.application.InspectionSweep;
import com.trustpay.escrow.escrow.messaging.OutboxEscrowEventPublisher;
import com.trustpay.escrow.escrow.persistence.DisputeMessages;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.outbox.Outbox;
import com.trustpay.platform.outbox.OutboxRelay;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inspection period against real PostgreSQL and Kafka (ADR 0018): the payee's {@code /deliver}, and the sweep
 * that releases a lapsed period and reminds the payer, run by two "instances" at once — two sweepers, each with its
 * own connection pool, transaction manager, repositories and outbox, against one database — releasing and reminding
 * each escrow exactly once. The sweepers' clock runs days ahead, so the periods are over without waiting.
 */
@SpringBootTest(
        properties = {
            "trustpay.escrow.expiry-sweep=1h",
            "trustpay.escrow.inspection-sweep=1h",
            "trustpay.outbox.poll-interval=100ms"
        })
class InspectionPeriodIT extends EscrowServiceIT {

    private static final long AMOUNT = 180_000;
    private static final Duration LEAD = Duration.ofHours(24);

    @Autowired
    DataSource dataSource;

    @Autowired
    EscrowRepository escrows;

    @Autowired
    FieldCipher cipher;

    @Autowired
    EscrowEventPublisher publisher;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OpsAlerts alerts;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    TopicRecorder commands;

    record Deal(UUID id, String payer, String payee) {
        String path() {
            return "/api/escrows/" + id;
        }
    }

    @BeforeAll
    void connect() {
        commands = recordFromStart(Topics.ESCROW_COMMANDS);
    }

    @Test
    void thePayeeMarksTheDealDeliveredAndThePayersConfirmReleasesIt() throws Exception {
        Deal deal = heldDeal(Map.of("inspectionDays", 5));

        Response delivered = api.post(deal.path() + "/deliver", deal.payee(), null);

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.text("status")).isEqualTo("HELD");
        assertThat(delivered.json().get("inspectionDays").asInt()).isEqualTo(5);
        Instant deliveredAt = Instant.parse(delivered.text("deliveredAt"));
        assertThat(Instant.parse(delivered.text("inspectionEndsAt"))).isEqualTo(deliveredAt.plus(Duration.ofDays(5)));
        assertThat(actions(delivered)).containsExactly("CANCEL", "DISPUTE");
        assertThat(delivered.text("nextStep")).startsWith("Waiting for the payer's inspection until ");
        Response forPayer = api.get(deal.path(), deal.payer());
        assertThat(actions(forPayer)).containsExactly("CONFIRM", "DISPUTE");
        assertThat(forPayer.text("nextStep"))
                .startsWith("Your turn: inspect the delivery, then confirm or dispute by ")
                .endsWith("; after that the money is released automatically");

        Response again = api.post(deal.path() + "/deliver", deal.payee(), null);
        assertThat(again.status()).as("a retried request").isEqualTo(200);
        assertThat(again.text("deliveredAt")).isEqualTo(delivered.text("deliveredAt"));

        Response confirmed = api.post(deal.path() + "/confirm", deal.payer(), null);
        assertThat(confirmed.text("status")).isEqualTo("RELEASING");
        assertThat(confirmed.text("autoReleasedAt")).isNull();
        assertThat(commands.await(ReleaseFunds.class, deal.id()).amountPaise()).isEqualTo(AMOUNT);
        assertThat(historyKinds(deal))
                .containsSubsequence("FundsHeld", "DeliveryMarked", "PartyConfirmed", "ReleaseStarted");
    }

    @Test
    void onlyThePayeeDeliversAndOnlyWhileTheMoneyIsHeld() throws Exception {
        Deal held = heldDeal(Map.of());
        Response byPayer = api.post(held.path() + "/deliver", held.payer(), null);
        assertThat(byPayer.status()).isEqualTo(403);
        assertThat(byPayer.code()).isEqualTo("ONLY_PAYEE");
        assertThat(api.get(held.path(), held.payer()).json().get("deliveredAt")).isNull();

        Deal pending = pendingDeal(Map.of());
        Response tooEarly = api.post(pending.path() + "/deliver", pending.payee(), null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.code()).isEqualTo("ILLEGAL_TRANSITION");

        Response stranger = api.post(held.path() + "/deliver", api.signUp("Meera"), null);
        assertThat(stranger.status()).isEqualTo(404);
    }

    @Test
    void inspectionDaysOutsideOneToThirtyAreRefusedAndNothingIsCreated() throws Exception {
        String payer = api.signUp("Asha");
        for (Object days : List.of(0, 31, -3)) {
            Response refused = api.post("/api/escrows", payer, body(Map.of("inspectionDays", days)));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INSPECTION_DAYS_OUT_OF_RANGE");
        }
        assertThat(api.get("/api/escrows", payer).json().get("items").isEmpty()).isTrue();
        Response byDefault = api.post("/api/escrows", payer, body(Map.of()));
        assertThat(byDefault.json().get("inspectionDays").asInt()).isEqualTo(3);
    }

    @Test
    void twoInstancesReleaseEachLapsedInspectionExactlyOnce() throws Exception {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Deal deal = heldDeal(Map.of("inspectionDays", 1));
            api.post(deal.path() + "/deliver", deal.payee(), null);
            deals.add(deal);
        }
        Deal untouched = heldDeal(Map.of("inspectionDays", 1));
        Deal disputed = heldDeal(Map.of("inspectionDays", 1));
        api.post(disputed.path() + "/deliver", disputed.payee(), null);
        api.post(disputed.path() + "/dispute", disputed.payer(), Map.of("reason", "It does not work"));
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

        runConcurrently(sweeperOnThisInstance(later), sweeperOnAnotherInstance(later));

        for (Deal deal : deals) {
            assertThat(outboxRows(deal, "AutoReleased")).isEqualTo(1);
            assertThat(outboxRows(deal, "ReleaseStarted")).isEqualTo(1);
            assertThat(outboxRows(deal, "ReleaseFunds")).isEqualTo(1);
            Response escrow = api.get(deal.path(), deal.payer());
            assertThat(escrow.text("status")).isEqualTo("RELEASING");
            assertThat(escrow.text("autoReleasedAt"))
                    .as("the page can say it was automatic")
                    .isNotNull();
            assertThat(historyKinds(deal)).containsSubsequence("DeliveryMarked", "AutoReleased", "ReleaseStarted");
            JsonNode auto = history(deal)
                    .valueStream()
                    .filter(entry -> entry.get("kind").asString().equals("AutoReleased"))
                    .findFirst()
                    .orElseThrow();
            assertThat(auto.get("actor").get("role").asString())
                    .as("nobody decided it")
                    .isEqualTo("SYSTEM");
            assertThat(auto.get("amountPaise").asLong()).isEqualTo(AMOUNT);
            assertThat(commands.await(ReleaseFunds.class, deal.id()).amountPaise())
                    .isEqualTo(AMOUNT);
        }
        assertThat(api.get(untouched.path(), untouched.payer()).text("status"))
                .as("never marked delivered")
                .isEqualTo("HELD");
        assertThat(api.get(disputed.path(), disputed.payer()).text("status")).isEqualTo("DISPUTED");
        assertThat(outboxRows(untouched, "ReleaseStarted") + outboxRows(disputed, "ReleaseStarted"))
                .isZero();
    }

    @Test
    void twoInstancesRemindThePayerOnceADayBeforeTheEnd() throws Exception {
        Deal deal = heldDeal(Map.of("inspectionDays", 3));
        api.post(deal.path() + "/deliver", deal.payee(), null);

        Clock tooEarly = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
        runConcurrently(sweeperOnThisInstance(tooEarly), sweeperOnAnotherInstance(tooEarly));
        assertThat(outboxRows(deal, "InspectionEndingSoon"))
                .as("two days before the end")
                .isZero();

        Clock dayBefore = Clock.offset(Clock.systemUTC(), Duration.ofDays(2).plusHours(1));
        runConcurrently(sweeperOnThisInstance(dayBefore), sweeperOnAnotherInstance(dayBefore));
        runConcurrently(sweeperOnThisInstance(dayBefore), sweeperOnAnotherInstance(dayBefore));

        assertThat(outboxRows(deal, "InspectionEndingSoon")).isEqualTo(1);
        assertThat(api.get(deal.path(), deal.payer()).text("status")).isEqualTo("HELD");
        assertThat(historyKinds(deal)).containsOnlyOnce("InspectionEndingSoon");
    }

    /** A sweeper on this application context's pool, transactions and outbox, with {@code clock}. */
    private InspectionSweep sweeperOnThisInstance(Clock clock) {
        return new InspectionSweep(
                escrows,
                new EscrowStore(
                        escrows,
                        new HistoryRepository(JdbcClient.create(jdbc)),
                        publisher,
                        new DisputeMessages(JdbcClient.create(jdbc)),
                        clock),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock,
                LEAD);
    }

    /** A sweeper with a pool, transactions, repositories and outbox of its own: a second escrow-service. */
    private InspectionSweep sweeperOnAnotherInstance(Clock clock) {
        DriverManagerDataSource other = new DriverManagerDataSource(url, username, password);
        JdbcTemplate otherJdbc = new JdbcTemplate(other);
        EscrowRepository otherEscrows = new EscrowRepository(otherJdbc, cipher);
        EscrowEventPublisher otherPublisher =
                new OutboxEscrowEventPublisher(new Outbox(otherJdbc, codec, relay), alerts);
        return new InspectionSweep(
                otherEscrows,
                new EscrowStore(
                        otherEscrows,
                        new HistoryRepository(JdbcClient.create(other)),
                        otherPublisher,
                        new DisputeMessages(JdbcClient.create(other)),
                        clock),
                new TransactionTemplate(new DataSourceTransactionManager(other)),
                clock,
                LEAD);
    }

    /** Both sweepers sweep at the same moment, each a few times over. */
    private static void runConcurrently(InspectionSweep first, InspectionSweep second) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (InspectionSweep sweep : List.of(first, second)) {
                runs.add(CompletableFuture.runAsync(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException(e);
                            }
                            for (int i = 0; i < 3; i++) {
                                sweep.sweep();
                            }
                        },
                        pool));
            }
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        }
    }

    private int outboxRows(Deal deal, String type) {
        Integer rows = jdbc.queryForObject(
                "SELECT count(*) FROM outbox_message WHERE message_key = ? AND type = ?",
                Integer.class,
                deal.id().toString(),
                type);
        return rows == null ? 0 : rows;
    }

    private static List<String> actions(Response escrow) {
        return escrow.json()
                .get("allowedActions")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    private JsonNode history(Deal deal) throws Exception {
        return api.get(deal.path() + "/history", deal.payer()).json();
    }

    private List<String> historyKinds(Deal deal) throws Exception {
        return history(deal)
                .valueStream()
                .map(entry -> entry.get("kind").asString())
                .toList();
    }

    private static Map<String, Object> body(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("title", "Used camera", "amountPaise", AMOUNT, "role", "PAYER", "vpa", "asha@okaxis"));
        body.putAll(extra);
        return body;
    }

    private Deal pendingDeal(Map<String, Object> extra) throws Exception {
        String payer = api.signUp("Asha");
        String payee = api.signUp("Ravi");
        Response created = api.post("/api/escrows", payer, body(extra));
        assertThat(created.status()).isEqualTo(201);
        Response joined = api.post("/api/escrows/join", payee, Map.of("code", created.text("code"), "vpa", "ravi@ybl"));
        assertThat(joined.text("status")).isEqualTo("PAYMENT_PENDING");
        return new Deal(created.id(), payer, payee);
    }

    private Deal heldDeal(Map<String, Object> extra) throws Exception {
        Deal deal = pendingDeal(extra);
        commands.await(RequestPayment.class, deal.id());
        feed(new PaymentSucceeded(deal.id(), 1, "ref-1", AMOUNT, "setu_1", "RRN1", "asha@okaxis", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "HELD".equals(api.get(deal.path(), deal.payer()).text("status")));
        return deal;
    }

    private void feed(Message message) throws Exception {
        Envelope envelope = codec.wrap(message);
        String topic = MessageCatalog.byName(envelope.type()).orElseThrow().topic();
        kafka.send(topics.of(topic), envelope.escrowId().toString(), codec.encode(envelope))
                .get();
    }
}
