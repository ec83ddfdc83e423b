package com.trustpay.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.Topics;
import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.escrow.escrow.application.CodeExpiry;
import com.trustpay.escrow.escrow.domain.FriendlyNames;
import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import com.trustpay.testsupport.kafka.TopicRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** escrow-service against real PostgreSQL and Kafka: the money paths, duplicates, reordering and races. */
@SpringBootTest(properties = {"trustpay.escrow.expiry-sweep=1h", "trustpay.outbox.poll-interval=100ms"})
@ActiveProfiles("sandbox") // the built-in admin logs in below
class EscrowLifecycleIT extends EscrowServiceIT {

    private static final long AMOUNT = 250_000;

    @Autowired
    CodeExpiry codeExpiry;

    TopicRecorder commands;
    TopicRecorder escrowEvents;
    TopicRecorder alerts;

    record Deal(UUID id, String code, String payer, String payee) {
        String path() {
            return "/api/escrows/" + id;
        }
    }

    @BeforeAll
    void connect() {
        commands = recordFromStart(Topics.ESCROW_COMMANDS);
        escrowEvents = recordFromStart(Topics.ESCROW_EVENTS);
        alerts = recordFromStart(Topics.OPS_ALERTS);
    }

    @Test
    void theMoneyPathEndsWithThePayeePaid() throws Exception {
        Deal deal = pendingDeal(AMOUNT);
        RequestPayment request = commands.await(RequestPayment.class, deal.id());
        assertThat(request.attempt()).isEqualTo(1);
        assertThat(request.amountPaise()).isEqualTo(AMOUNT);
        assertThat(request.payerVpa()).isEqualTo("asha@okaxis");

        feed(new PaymentRequested(
                deal.id(),
                1,
                "ref-1",
                PaymentMode.INTENT,
                AMOUNT,
                "upi://pay?pa=tp@sandbox",
                null,
                "iVBORw0K",
                null,
                Instant.now().plusSeconds(900)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "upi://pay?pa=tp@sandbox"
                .equals(api.get(deal.path() + "/payment", deal.payer()).text("intentLink")));
        Response payment = api.get(deal.path() + "/payment", deal.payer());
        assertThat(payment.text("status")).isEqualTo("PENDING");
        assertThat(payment.text("qrPng")).isEqualTo("iVBORw0K");
        assertThat(api.get(deal.path() + "/receipt", deal.payer()).code()).isEqualTo("RECEIPT_NOT_AVAILABLE");

        assertThat(api.post(deal.path() + "/payment/check", deal.payer(), null).status())
                .isEqualTo(202);
        assertThat(commands.await(CheckPaymentStatus.class, deal.id()).attempt())
                .isEqualTo(1);

        feed(paid(deal.id(), 1, AMOUNT));
        awaitStatus(deal, "HELD");
        Response receipt = api.get(deal.path() + "/receipt", deal.payee());
        assertThat(receipt.contentType()).isEqualTo("application/pdf");
        assertThat(new String(receipt.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(api.post(deal.path() + "/confirm", deal.payer(), null).text("status"))
                .isEqualTo("HELD");
        Response second = api.post(deal.path() + "/confirm", deal.payee(), null);
        assertThat(second.text("status")).isEqualTo("RELEASING");
        ReleaseFunds release = commands.await(ReleaseFunds.class, deal.id());
        assertThat(release.round()).isEqualTo(1);
        assertThat(release.payeeVpa()).isEqualTo("ravi@ybl");
        assertThat(release.amountPaise()).isEqualTo(AMOUNT);

        feed(new PayoutSucceeded(deal.id(), "po-1", AMOUNT, "pout_1", "UTR1", Instant.now()));
        awaitStatus(deal, "RELEASED");
        escrowEvents.await(Released.class, deal.id());
        Response released = api.get(deal.path() + "/receipt", deal.payee());
        assertThat(released.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(released.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .as("the payout's UTR is kept and printed; a released deal has no refund row")
                    .contains("UTR1", "Released")
                    .doesNotContain("Refund");
        }
        String stranger = api.signUp("Mallory");
        assertThat(api.get(deal.path() + "/receipt", stranger).code()).isEqualTo("ESCROW_NOT_FOUND");
        assertThat(escrowEvents.typesOf(deal.id()))
                .containsSubsequence(
                        "EscrowCreated",
                        "PartnerJoined",
                        "PaymentAwaited",
                        "FundsHeld",
                        "PartyConfirmed",
                        "PartyConfirmed",
                        "ReleaseStarted",
                        "Released");
        Response escrow = api.get(deal.path(), deal.payee());
        assertThat(escrow.json().get("paymentCompletedAt").isNull()).isFalse();
        assertThat(escrow.json().get("payoutCompletedAt").isNull()).isFalse();
        assertThat(escrow.text("myRole")).isEqualTo("PAYEE");
        assertThat(escrow.json().get("allowedActions").isEmpty()).isTrue();
        assertThat(escrow.text("nextStep")).isEqualTo("Nothing left to do: the payee was paid");
        assertThat(historyTypes(deal))
                .containsExactly(
                        "Opened",
                        "PartnerJoined",
                        "PaymentAwaited",
                        "PaymentOffered",
                        "PaymentCheckRequested",
                        "FundsHeld",
                        "PartyConfirmed",
                        "PartyConfirmed",
                        "ReleaseStarted",
                        "Released");
        assertThat(escrow.json().get("payout").get("utr").asString())
                .as("both parties see the payout's UTR")
                .isEqualTo("UTR1");
        assertThat(api.get(deal.path(), deal.payer())
                        .json()
                        .get("payout")
                        .get("utr")
                        .asString())
                .isEqualTo("UTR1");
        Map<String, JsonNode> rows = historyByKind(deal, deal.payer());
        assertThat(rows.get("Opened").get("actor").get("role").asString()).isEqualTo("PAYER");
        assertThat(rows.get("Opened").get("actor").get("name").asString()).isEqualTo("Asha");
        assertThat(rows.get("Opened").get("amountPaise").asLong()).isEqualTo(AMOUNT);
        assertThat(rows.get("PartnerJoined").get("actor").get("role").asString())
                .isEqualTo("PAYEE");
        assertThat(rows.get("PartnerJoined").get("actor").get("name").asString())
                .isEqualTo("Ravi");
        assertThat(rows.get("FundsHeld").get("actor").get("role").asString()).isEqualTo("SYSTEM");
        assertThat(rows.get("FundsHeld").get("amountPaise").asLong()).isEqualTo(AMOUNT);
        assertThat(rows.get("FundsHeld").get("references").get("paymentRrn").asString())
                .isEqualTo("RRN1");
        assertThat(rows.get("Released").get("references").get("payoutUtr").asString())
                .isEqualTo("UTR1");
        assertThat(rows.values())
                .as("attempts, rounds and payout references stay internal")
                .allMatch(row -> !row.has("internal") && !row.has("detail") && !row.has("actorId"));
        assertThat(historyByKind(deal, loginAsAdmin())
                        .get("Released")
                        .get("internal")
                        .get("detail")
                        .asString())
                .contains("po-1");
    }

    @Test
    void cancellingAfterTheMoneyIsHeldRefundsIt() throws Exception {
        Deal deal = heldDeal();

        Response cancelled = api.post(deal.path() + "/cancel", deal.payee(), Map.of("reason", "out of stock"));

        assertThat(cancelled.text("status")).isEqualTo("REFUNDING");
        RefundPayment refund = commands.await(RefundPayment.class, deal.id());
        assertThat(refund.amountPaise()).isEqualTo(AMOUNT);
        feed(new RefundSucceeded(deal.id(), "rf-1", AMOUNT, "rfnd_1", Instant.now()));
        awaitStatus(deal, "REFUNDED");
    }

    @Test
    void aRefusedRefundWaitsForAnAdminWhoRetriesIt() throws Exception {
        Deal deal = heldDeal();
        assertThat(api.post(deal.path() + "/cancel", deal.payee(), Map.of("reason", "out of stock"))
                        .text("status"))
                .isEqualTo("REFUNDING");
        commands.await(RefundPayment.class, deal.id());

        feed(new RefundFailed(deal.id(), "rf-1", AMOUNT, "R21", "online refund disabled", Instant.now()));

        awaitStatus(deal, "REFUND_FAILED");
        assertThat(api.get(deal.path(), deal.payer()).text("lastError")).contains("R21");
        assertThat(historyTypes(deal)).endsWith("RefundStarted", "RefundFailed");
        AdminAlert alert = alerts.await(AdminAlert.class, deal.id());
        assertThat(alert.kind()).isEqualTo("REFUND_FAILED");
        String admin = loginAsAdmin();
        assertThat(api.get("/api/admin/escrows", admin).json().get("items").findValuesAsString("id"))
                .contains(deal.id().toString());
        assertThat(api.post("/api/admin/escrows/" + deal.id() + "/retry-refund", deal.payee(), null)
                        .code())
                .isEqualTo("FORBIDDEN");

        Response retried = api.post("/api/admin/escrows/" + deal.id() + "/retry-refund", admin, null);

        assertThat(retried.text("status")).isEqualTo("REFUNDING");
        assertThat(commands.await(RefundPayment.class, deal.id(), 2))
                .extracting(RefundPayment::amountPaise, RefundPayment::refundNumber)
                .containsExactly(tuple(AMOUNT, 1), tuple(AMOUNT, 2));
        assertThat(api.post("/api/admin/escrows/" + deal.id() + "/retry-refund", admin, null)
                        .code())
                .isEqualTo("ILLEGAL_TRANSITION");
        feed(new RefundSucceeded(deal.id(), "rf-2", AMOUNT, "rfnd_2", Instant.now()));
        awaitStatus(deal, "REFUNDED");
        assertThat(historyTypes(deal)).endsWith("RefundStarted", "RefundFailed", "RefundStarted", "Refunded");
    }

    @Test
    void anAdminWhoIsAPartyCannotDecideTheirOwnDispute() throws Exception {
        String admin = loginAsAdmin();
        String payee = api.signUp("Ravi");
        Response created = create(admin, AMOUNT);
        api.post("/api/escrows/join", payee, Map.of("code", created.text("code"), "vpa", "ravi@ybl"));
        Deal deal = new Deal(created.id(), created.text("code"), admin, payee);
        commands.await(RequestPayment.class, deal.id());
        feed(paid(deal.id(), 1, AMOUNT));
        awaitStatus(deal, "HELD");
        api.post(deal.path() + "/dispute", payee, Map.of("reason", "never sent"));

        Response refused = api.post(
                "/api/admin/escrows/" + deal.id() + "/resolve", admin, Map.of("outcome", "REFUND", "note", "mine"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("PARTY_CANNOT_RESOLVE");
        assertThat(api.get(deal.path(), admin).text("status")).isEqualTo("DISPUTED");
    }

    @Test
    void aResolveNoteOverAThousandCharactersIs422() throws Exception {
        Deal deal = heldDeal();
        api.post(deal.path() + "/dispute", deal.payer(), Map.of("reason", "not as described"));
        String admin = loginAsAdmin();

        Response refused = api.post(
                "/api/admin/escrows/" + deal.id() + "/resolve",
                admin,
                Map.of("outcome", "REFUND", "note", "n".repeat(1_001)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("NOTE_TOO_LONG");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(api.get(deal.path(), deal.payer()).text("status")).isEqualTo("DISPUTED");
    }

    @Test
    void thePayerCannotCancelHeldMoneyButCanDispute() throws Exception {
        Deal deal = heldDeal();

        assertThat(api.post(deal.path() + "/cancel", deal.payer(), null).code()).isEqualTo("PAYER_CANNOT_CANCEL_HELD");
        Response disputed = api.post(deal.path() + "/dispute", deal.payer(), Map.of("reason", "not as described"));
        assertThat(disputed.text("status")).isEqualTo("DISPUTED");

        String admin = loginAsAdmin();
        assertThat(api.get("/api/admin/escrows", admin).json().get("items").findValuesAsString("id"))
                .contains(deal.id().toString());
        assertThat(api.get("/api/admin/escrows", deal.payer()).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/escrows?status=NOT_A_STATUS", admin).code())
                .isEqualTo("INVALID_STATUS");
        Response resolved = api.post(
                "/api/admin/escrows/" + deal.id() + "/resolve", admin, Map.of("outcome", "RELEASE", "note", "ok"));
        assertThat(resolved.text("status")).isEqualTo("RELEASING");
        feed(new PayoutFailed(deal.id(), "po-1", 1, 3, "BANK_DOWN", "bank down", Instant.now()));
        awaitStatus(deal, "RELEASE_FAILED");
        assertThat(api.post("/api/admin/escrows/" + deal.id() + "/retry-release", admin, null)
                        .text("status"))
                .isEqualTo("RELEASING");
        List<ReleaseFunds> rounds = commands.await(ReleaseFunds.class, deal.id(), 2);
        assertThat(rounds).extracting(ReleaseFunds::round).containsExactly(1, 2);
    }

    @Test
    void aPayoutTheBankReversedWaitsForAnAdminWhoPaysThePayeeAgain() throws Exception {
        Deal deal = releasedDeal();

        Envelope reversal = feed(reversed(deal.id()));

        awaitStatus(deal, "PAYOUT_REVERSED");
        assertThat(api.get(deal.path(), deal.payee()).text("status")).isEqualTo("PAYOUT_REVERSED");
        ReleaseReversed announced = escrowEvents.await(ReleaseReversed.class, deal.id());
        assertThat(announced.payoutReference()).isEqualTo("po-1");
        assertThat(announced.amountPaise()).isEqualTo(AMOUNT);
        feedAgain(reversal);
        awaitProcessed(feed(reversed(deal.id())));
        assertThat(historyTypes(deal)).containsOnlyOnce("ReleaseReversed");
        assertThat(escrowEvents.typesOf(deal.id())).containsOnlyOnce("ReleaseReversed");
        String admin = loginAsAdmin();
        assertThat(api.get("/api/admin/escrows", admin).json().get("items").findValuesAsString("id"))
                .contains(deal.id().toString());
        String reversalPath = "/api/admin/escrows/" + deal.id() + "/reversal";
        Response byParty = api.post(reversalPath, deal.payee(), Map.of("decision", "PAY_AGAIN"));
        assertThat(byParty.status()).isEqualTo(403);
        assertThat(api.post(reversalPath, admin, Map.of("decision", "RELEASE")).code())
                .isEqualTo("INVALID_DECISION");

        Response decided = api.post(reversalPath, admin, Map.of("decision", "PAY_AGAIN", "note", "account fixed"));

        assertThat(decided.text("status")).isEqualTo("RELEASING");
        List<ReleaseFunds> rounds = commands.await(ReleaseFunds.class, deal.id(), 2);
        assertThat(rounds).extracting(ReleaseFunds::round).containsExactly(1, 2);
        assertThat(rounds).extracting(ReleaseFunds::reversedPayoutReference).containsExactly(null, "po-1");
        theReversalDecisionIsKeptAndShown(deal, admin, "RELEASE_TO_PAYEE", "account fixed");
        assertThat(api.post(reversalPath, admin, Map.of("decision", "PAY_AGAIN"))
                        .code())
                .isEqualTo("ILLEGAL_TRANSITION");
        feed(new PayoutSucceeded(deal.id(), "po-2", AMOUNT, "pout_2", "UTR2", Instant.now()));
        awaitStatus(deal, "RELEASED");
    }

    @Test
    void aPayoutTheBankReversedCanBeRefundedToThePayer() throws Exception {
        Deal deal = releasedDeal();
        feed(reversed(deal.id()));
        awaitStatus(deal, "PAYOUT_REVERSED");
        String admin = loginAsAdmin();

        Response decided = api.post(
                "/api/admin/escrows/" + deal.id() + "/reversal", admin, Map.of("decision", "REFUND", "note", "gone"));

        assertThat(decided.text("status")).isEqualTo("REFUNDING");
        assertThat(commands.await(RefundPayment.class, deal.id()).amountPaise()).isEqualTo(AMOUNT);
        feed(new RefundSucceeded(deal.id(), "rf-1", AMOUNT, "rfnd_1", Instant.now()));
        awaitStatus(deal, "REFUNDED");
        assertThat(historyTypes(deal))
                .endsWith("Released", "ReleaseReversed", "DisputeResolved", "RefundStarted", "Refunded");
        theReversalDecisionIsKeptAndShown(deal, admin, "REFUND_TO_PAYER", "gone");
    }

    /**
     * An admin's answer to a returned payout is kept like a dispute's decision: both parties see the outcome, what was
     * decided and the note, never who decided (admins do); it goes out on the wire as a decision of PAYOUT_REVERSED.
     */
    private void theReversalDecisionIsKeptAndShown(Deal deal, String admin, String outcome, String note)
            throws Exception {
        for (String party : List.of(deal.payer(), deal.payee())) {
            JsonNode decision = api.get(deal.path(), party).json().get("decision");
            assertThat(decision.get("outcome").asString()).isEqualTo(outcome);
            assertThat(decision.get("decided").asString()).isEqualTo("PAYOUT_REVERSED");
            assertThat(decision.get("note").asString()).isEqualTo(note);
            assertThat(decision.get("decidedBy") == null
                            || decision.get("decidedBy").isNull())
                    .as("who decided is for admins")
                    .isTrue();
        }
        assertThat(api.get(deal.path(), admin)
                        .json()
                        .get("decision")
                        .get("decidedBy")
                        .isNull())
                .isFalse();
        DisputeResolved wire = escrowEvents.await(DisputeResolved.class, deal.id());
        assertThat(wire.outcome()).isEqualTo(outcome);
        assertThat(wire.fromStatus()).isEqualTo("PAYOUT_REVERSED");
        assertThat(wire.note()).isEqualTo(note);
    }

    @Test
    void aUsersOpenEscrowsNeverShareAFriendlyName() throws Exception {
        String user = api.signUp("Meera");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < FriendlyNames.ALL.size(); i++) {
            names.add(create(user, AMOUNT).text("name"));
        }
        assertThat(names).as("one of each while names are free").doesNotHaveDuplicates();
        assertThat(create(user, AMOUNT).text("name"))
                .as("all taken: any name, still from the list")
                .isIn(FriendlyNames.ALL);
    }

    @Test
    void duplicatedAndReorderedEventsChangeNothing() throws Exception {
        Deal deal = pendingDeal(AMOUNT);
        feed(new PaymentExpired(deal.id(), 1, "ref-1", Instant.now()));
        awaitStatus(deal, "PAYMENT_FAILED");
        assertThat(api.get(deal.path() + "/payment", deal.payer()).text("status"))
                .isEqualTo("EXPIRED");
        assertThat(api.get(deal.path() + "/payment", deal.payer()).text("failureMessage"))
                .contains("expired before it was paid");
        assertThat(historyByKind(deal, deal.payer())
                        .get("PaymentLapsed")
                        .get("note")
                        .asString())
                .contains("expired before it was paid");
        assertThat(api.post(deal.path() + "/payment/retry", deal.payee(), null).code())
                .isEqualTo("ONLY_PAYER");
        assertThat(api.post(deal.path() + "/payment/retry", deal.payer(), null).status())
                .isEqualTo(202);
        assertThat(commands.await(RequestPayment.class, deal.id(), 2))
                .extracting(RequestPayment::attempt)
                .containsExactly(1, 2);

        Envelope success = feed(paid(deal.id(), 2, AMOUNT));
        feedAgain(success);
        feed(paid(deal.id(), 2, AMOUNT));
        feed(new PaymentExpired(deal.id(), 1, "ref-1", Instant.now()));
        Envelope last = feed(new PaymentFailed(deal.id(), 2, "ref-2", "U30", "debit failed", Instant.now()));
        awaitProcessed(last);

        assertThat(api.get(deal.path(), deal.payer()).text("status")).isEqualTo("HELD");
        assertThat(historyTypes(deal)).containsOnlyOnce("FundsHeld").doesNotContain("AnomalyDetected");
        escrowEvents.await(FundsHeld.class, deal.id()); // the outbox relays it a little after the commit
        assertThat(escrowEvents.typesOf(deal.id())).containsOnlyOnce("FundsHeld");
    }

    @Test
    void aWrongAmountIsNotHeldAndAlertsOperators() throws Exception {
        Deal deal = pendingDeal(AMOUNT);

        awaitProcessed(feed(paid(deal.id(), 1, AMOUNT - 100)));

        Response escrow = api.get(deal.path(), deal.payer());
        assertThat(escrow.text("status")).isEqualTo("PAYMENT_PENDING");
        assertThat(escrow.text("lastError")).contains("expected " + AMOUNT);
        AdminAlert alert = alerts.await(AdminAlert.class, deal.id());
        assertThat(alert.kind()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(alert.source()).isEqualTo("escrow-service");
    }

    @Test
    void aPaymentThatArrivesAfterTheCancelIsRefunded() throws Exception {
        Deal deal = pendingDeal(AMOUNT);

        assertThat(api.post(deal.path() + "/cancel", deal.payer(), Map.of("reason", "found another"))
                        .text("status"))
                .isEqualTo("CANCELLED");
        assertThat(commands.await(CancelPaymentRequest.class, deal.id()).attempt())
                .isEqualTo(1);
        feed(paid(deal.id(), 1, AMOUNT));

        awaitStatus(deal, "REFUNDING");
        assertThat(commands.await(RefundPayment.class, deal.id()).amountPaise()).isEqualTo(AMOUNT);
    }

    @Test
    void twoConcurrentJoinsOfOneCodeLetExactlyOneIn() throws Exception {
        String creator = api.signUp("Asha");
        String first = api.signUp("Ravi");
        String second = api.signUp("Meera");
        Response created = create(creator, AMOUNT);
        String code = created.text("code");
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> join(start, first, code), pool);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> join(start, second, code), pool);
            start.countDown();

            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 410);
            Response loser = a.get().status() == 410 ? a.get() : b.get();
            assertThat(loser.code()).isEqualTo("CODE_USED");
        }
        assertThat(commands.await(RequestPayment.class, created.id())).isNotNull();
        assertThat(historyTypes(new Deal(created.id(), code, creator, null))).containsOnlyOnce("PartnerJoined");
    }

    @Test
    void strangersGet404AndAdminsSeeEverything() throws Exception {
        Deal deal = pendingDeal(AMOUNT);
        String stranger = api.signUp("Mallory");

        for (String path : List.of(deal.path(), deal.path() + "/payment", deal.path() + "/history")) {
            assertThat(api.get(path, stranger).code()).as(path).isEqualTo("ESCROW_NOT_FOUND");
        }
        assertThat(api.post(deal.path() + "/cancel", stranger, null).status()).isEqualTo(404);
        assertThat(api.get("/api/escrows", stranger).json().get("items").size()).isZero();
        assertThat(api.post("/api/admin/escrows/" + deal.id() + "/retry-release", stranger, null)
                        .code())
                .isEqualTo("FORBIDDEN");

        String admin = loginAsAdmin();
        assertThat(api.get(deal.path(), admin).text("status")).isEqualTo("PAYMENT_PENDING");
        assertThat(api.get("/api/escrows", deal.payee()).json().get("items").size())
                .isEqualTo(1);
    }

    @Test
    void anExpiredCodeAnswers410AndTheSweepExpiresTheEscrow() throws Exception {
        String creator = api.signUp("Asha");
        String partner = api.signUp("Ravi");
        Response created = create(creator, AMOUNT);
        String code = created.text("code");
        assertThat(api.get("/api/escrows/by-code/" + code.toLowerCase(), partner)
                        .text("joinAs"))
                .isEqualTo("PAYEE");
        assertThat(api.get("/api/escrows/by-code/ABCDE0", partner).code()).isEqualTo("INVALID_CODE");

        jdbc.update("UPDATE escrow SET code_expires_at = now() - interval '1 second' WHERE id = ?", created.id());

        assertThat(api.get("/api/escrows/by-code/" + code, partner).code()).isEqualTo("CODE_EXPIRED");
        Response join = api.post("/api/escrows/join", partner, Map.of("code", code, "vpa", "ravi@ybl"));
        assertThat(join.status()).isEqualTo(410);
        assertThat(codeExpiry.expireOverdueCodes()).isPositive();
        assertThat(api.get("/api/escrows/" + created.id(), creator).text("status"))
                .isEqualTo("EXPIRED");
        assertThat(escrowEvents.await(CodeExpired.class, created.id()).code()).isEqualTo(code);
    }

    @Test
    void theSameIdempotencyKeyAndBodyReturnTheSameEscrow() throws Exception {
        String creator = api.signUp("Asha");
        Map<String, Object> body = createBody(AMOUNT);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Response first = api.call(org.springframework.http.HttpMethod.POST, "/api/escrows", creator, body, key);
        Response again = api.call(org.springframework.http.HttpMethod.POST, "/api/escrows", creator, body, key);
        Response other =
                api.call(org.springframework.http.HttpMethod.POST, "/api/escrows", creator, createBody(999), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.text("code")).isEqualTo(first.text("code"));
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(api.get("/api/escrows", creator).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void usersSignUpOnceAndNeedATokenForTheApi() throws Exception {
        Map<String, String> user = Map.of("name", "Asha", "email", "Asha@Example.com", "password", "secret-password");
        assertThat(api.post("/api/auth/register", null, user).status()).isEqualTo(202);
        assertThat(api.post(
                                "/api/auth/register",
                                null,
                                Map.of("name", "A", "email", "asha@example.com", "password", "x2345678"))
                        .status())
                .isEqualTo(202);
        assertThat(api.post("/api/auth/login", null, Map.of("email", "asha@example.com", "password", "wrong-password"))
                        .code())
                .isEqualTo("INVALID_CREDENTIALS");
        String token = api.login("asha@example.com", "secret-password");

        Response me = api.get("/api/me", token);
        assertThat(me.text("email")).isEqualTo("asha@example.com");
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("USER");
        Response anonymous = api.get("/api/escrows", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("AUTHENTICATION_REQUIRED");
        Response forged = api.get("/api/escrows", token + "x");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("INVALID_TOKEN");

        Response jwks = api.get("/.well-known/jwks.json", null);
        assertThat(jwks.json().get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(jwks.json().get("keys").get(0).get("d")).isNull();
        assertThat(api.get("/v3/api-docs", null).json().get("paths").has("/api/escrows/join"))
                .isTrue();
        // Health and Prometheus are on the management port only (ManagementPortIT).
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Deal pendingDeal(long amount) throws Exception {
        String payer = api.signUp("Asha");
        String payee = api.signUp("Ravi");
        Response created = create(payer, amount);
        assertThat(created.text("status")).isEqualTo("AWAITING_PARTNER");
        Response joined = api.post("/api/escrows/join", payee, Map.of("code", created.text("code"), "vpa", "ravi@ybl"));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.text("status")).isEqualTo("PAYMENT_PENDING");
        return new Deal(created.id(), created.text("code"), payer, payee);
    }

    private Deal heldDeal() throws Exception {
        Deal deal = pendingDeal(AMOUNT);
        commands.await(RequestPayment.class, deal.id());
        feed(paid(deal.id(), 1, AMOUNT));
        awaitStatus(deal, "HELD");
        return deal;
    }

    private Deal releasedDeal() throws Exception {
        Deal deal = heldDeal();
        api.post(deal.path() + "/confirm", deal.payer(), null);
        api.post(deal.path() + "/confirm", deal.payee(), null);
        commands.await(ReleaseFunds.class, deal.id());
        feed(new PayoutSucceeded(deal.id(), "po-1", AMOUNT, "pout_1", "UTR1", Instant.now()));
        awaitStatus(deal, "RELEASED");
        return deal;
    }

    private static PayoutReversed reversed(UUID escrowId) {
        return new PayoutReversed(
                escrowId, "po-1", "pout_1", AMOUNT, "Payout was reversed by the beneficiary bank", Instant.now());
    }

    private Response create(String token, long amount) throws Exception {
        Response created = api.post("/api/escrows", token, createBody(amount));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    private static Map<String, Object> createBody(long amount) {
        return Map.of("title", "Used bicycle", "amountPaise", amount, "role", "PAYER", "vpa", "asha@okaxis");
    }

    private Response join(CountDownLatch start, String token, String code) {
        try {
            start.await();
            return api.post("/api/escrows/join", token, Map.of("code", code, "vpa", "partner@ybl"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PaymentSucceeded paid(UUID escrowId, int attempt, long amount) {
        return new PaymentSucceeded(
                escrowId,
                attempt,
                "ref-" + attempt,
                amount,
                "setu_" + attempt,
                "RRN" + attempt,
                "asha@okaxis",
                Instant.now());
    }

    private Envelope feed(Message message) throws Exception {
        Envelope envelope = codec.wrap(message);
        feedAgain(envelope);
        return envelope;
    }

    private void feedAgain(Envelope envelope) throws Exception {
        String topic = MessageCatalog.byName(envelope.type()).orElseThrow().topic();
        kafka.send(topics.of(topic), envelope.escrowId().toString(), codec.encode(envelope))
                .get();
    }

    private void awaitProcessed(Envelope envelope) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM processed_message WHERE event_id = ?",
                                Integer.class,
                                envelope.eventId())
                        == 1);
    }

    private void awaitStatus(Deal deal, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(api.get(deal.path(), deal.payer()).text("status")));
    }

    private List<String> historyTypes(Deal deal) throws Exception {
        Response history = api.get(deal.path() + "/history", deal.payer());
        return history.json()
                .valueStream()
                .map(entry -> entry.get("kind").asString())
                .toList();
    }

    /** The timeline as {@code token} reads it, the last row of each kind. */
    private Map<String, JsonNode> historyByKind(Deal deal, String token) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        api.get(deal.path() + "/history", token)
                .json()
                .valueStream()
                .forEach(row -> rows.put(row.get("kind").asString(), row));
        return rows;
    }
}
