package com.trustpay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.contracts.Envelope;
import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PartyConfirmed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.identity.ContactChanged;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.notification.support.Api;
import com.trustpay.notification.support.NotificationServiceIT;
import com.trustpay.notification.support.TestMailServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
 * notification-service against real PostgreSQL, Kafka and SMTP (GreenMail): every row of who learns what, in the
 * feed and by mail; redeliveries and events that overtake the facts they need; strangers, admins, paging, reading.
 */
@SpringBootTest(
        properties = {
            "trustpay.mail.send-every=100ms",
            "trustpay.ops.alerts.throttle-window=0s",
            "trustpay.outbox.poll-interval=100ms"
        })
@AutoConfigureMockMvc
class NotificationsIT extends NotificationServiceIT {

    private static final TestMailServer SMTP = new TestMailServer();
    private static final long AMOUNT = 1_250_000;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    MockMvc mvc;

    Api api;

    /** A payer and a payee, registered, with their tokens. */
    record Pair(UUID payer, UUID payee, String payerToken, String payeeToken, String payerMail, String payeeMail) {}

    @BeforeAll
    void connect() {
        api = new Api(mvc, json);
    }

    @AfterAll
    void stopMail() {
        SMTP.close();
    }

    @Test
    void aWholeEscrowTellsEachPartyWhatHappenedInTheFeedAndByMail() throws Exception {
        Pair p = registeredPair("Asha", "Ravi");
        UUID escrow = UUID.randomUUID();
        events.publish(created(escrow, "Laptop", PartyRole.PAYEE, p.payee()));
        events.publish(new PartnerJoined(escrow, p.payer(), p.payee()));

        JsonNode joined = awaitFeed(p.payeeToken(), 1).getFirst();
        assertThat(joined.get("kind").asString()).isEqualTo("PARTNER_JOINED");
        assertThat(joined.get("title").asString()).isEqualTo("Asha joined \u201CLaptop\u201D");
        assertThat(joined.get("body").asString()).contains("\u20B912,500").contains("waiting for Asha to pay");
        assertThat(joined.get("link").asString()).isEqualTo("http://127.0.0.1:8080/#/e/" + escrow);
        assertThat(joined.get("read").asBoolean()).isFalse();

        // Each step waits for the one before: the topics are read independently, so only that fixes the order.
        events.publish(new PaymentRequested(
                escrow,
                1,
                "TP-1",
                PaymentMode.INTENT,
                AMOUNT,
                "upi://pay?pa=tp@sandbox",
                null,
                "iVBOR",
                null,
                Instant.parse("2026-12-02T10:00:00Z")));
        awaitFeed(p.payerToken(), 1);
        events.publish(new PaymentFailed(escrow, 1, "TP-1", "U30", "INVALID / INCORRECT MPIN", Instant.now()));
        awaitFeed(p.payerToken(), 2);
        events.publish(new FundsHeld(escrow, AMOUNT, "TP-2"));
        events.publish(new PartyConfirmed(escrow, PartyRole.PAYER, p.payer()));
        awaitFeed(p.payeeToken(), 3);
        events.publish(new PayoutInitiated(escrow, "PO-1", 1, 1, AMOUNT, "ravi@okaxis", Instant.now()));
        events.publish(new PayoutSucceeded(escrow, "PO-1", AMOUNT, "pout_1", "UTR123456789", Instant.now()));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 4);
        assertThat(kinds(payer)).containsExactly("RELEASED", "FUNDS_HELD", "PAYMENT_FAILED", "PAYMENT_REQUESTED");
        assertThat(payer.get(3).get("title").asString()).isEqualTo("Pay \u20B912,500 for \u201CLaptop\u201D");
        assertThat(payer.get(3).get("body").asString())
                .contains("upi://pay?pa=tp@sandbox")
                .contains("2 Dec 2026, 15:30 IST");
        assertThat(payer.get(2).get("body").asString())
                .contains("The UPI PIN was wrong. Try again.")
                .doesNotContain("U30")
                .contains("try again");
        assertThat(payer.get(2).get("actionLabel").asString()).isEqualTo("Try again");
        assertThat(payer.get(0).get("body").asString()).contains("ravi@okaxis").contains("UTR123456789");

        List<JsonNode> payee = awaitFeed(p.payeeToken(), 4);
        assertThat(kinds(payee)).containsExactly("RELEASED", "PARTY_CONFIRMED", "FUNDS_HELD", "PARTNER_JOINED");
        assertThat(payee.get(1).get("title").asString()).isEqualTo("Asha confirmed \u201CLaptop\u201D");
        assertThat(payee.get(1).get("body").asString()).isEqualTo("Your confirmation releases \u20B912,500 to you.");
        assertThat(payee.get(2).get("title").asString())
                .isEqualTo("\u20B912,500 from Asha is held for \u201CLaptop\u201D");

        MimeMessage paid = awaitMail(p.payeeMail(), "TrustPay: \u20B912,500 paid to you for \u201CLaptop\u201D");
        assertThat(text(paid)).contains("UTR123456789").contains("http://127.0.0.1:8080/#/e/" + escrow);
        assertThat(paid.getHeader("List-Unsubscribe")[0]).contains("/api/notifications/unsubscribe?user=" + p.payee());
        assertThat(paid.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMessage pay = awaitMail(p.payerMail(), "TrustPay: Pay \u20B912,500 for \u201CLaptop\u201D");
        assertThat(html(pay)).contains("Pay now").contains("href=\"http://127.0.0.1:8080/#/e/" + escrow + "/pay\"");
    }

    @Test
    void aDisputeAndItsResolutionReachBothPartiesAndTheAdmins() {
        Pair p = registeredPair("Meera", "Kabir");
        UUID admin = UUID.randomUUID();
        UUID escrow = joinedEscrow(p, "Guitar", 4_500_000);
        events.publish(new FundsHeld(escrow, 4_500_000, "TP-9"));
        events.publish(new Disputed(escrow, p.payer(), "It arrived broken"));
        events.publish(new ReleaseStarted(escrow, 4_500_000, 1));
        events.publish(new ReleaseFailed(escrow, 1, "Beneficiary bank is down"));

        List<JsonNode> payee = awaitFeed(p.payeeToken(), 4);
        assertThat(kinds(payee)).containsExactly("RELEASE_FAILED", "DISPUTE_RESOLVED", "DISPUTED", "FUNDS_HELD");
        assertThat(payee.get(2).get("title").asString()).isEqualTo("Meera disputed \u201CGuitar\u201D");
        assertThat(payee.get(2).get("body").asString()).contains("It arrived broken");
        assertThat(payee.get(1).get("body").asString()).contains("release \u20B945,000 to Kabir");
        assertThat(kinds(awaitFeed(p.payerToken(), 5)))
                .containsExactly("RELEASE_FAILED", "DISPUTE_RESOLVED", "DISPUTED", "FUNDS_HELD", "PARTNER_JOINED");

        List<JsonNode> ops =
                awaitFeed(tokens.admin(admin), n -> escrow.toString().equals(text(n, "escrowId")), 3);
        assertThat(kinds(ops)).containsExactly("RELEASE_FAILED", "DISPUTE_RESOLVED", "DISPUTED");
        assertThat(ops).allSatisfy(n -> assertThat(n.get("audience").asString()).isEqualTo("OPS"));
        assertThat(ops.getFirst().get("body").asString()).contains("Beneficiary bank is down");
        assertThat(feed(p.payerToken(), ""))
                .noneMatch(n -> n.get("audience").asString().equals("OPS"));
    }

    @Test
    void aDisputeMessageReachesTheOthersAndTheDecisionItsNoteBothPartiesButNeverWhoDecided() {
        Pair p = registeredPair("Tara", "Vikram");
        UUID admin = UUID.randomUUID();
        UUID escrow = joinedEscrow(p, "Phone", 3_000_000);
        events.publish(new FundsHeld(escrow, 3_000_000, "TP-11"));
        events.publish(new Disputed(escrow, p.payer(), "The screen is cracked"));
        events.publish(new DisputeMessagePosted(escrow, UUID.randomUUID(), p.payee(), "PAYEE", Instant.now()));
        events.publish(new DisputeMessagePosted(escrow, UUID.randomUUID(), admin, "ADMIN", Instant.now()));
        events.publish(new DisputeResolved(
                escrow, "REFUND_TO_PAYER", "DISPUTED", "The photos show the crack", 3_000_000, Instant.now()));
        events.publish(new RefundStarted(escrow, 3_000_000, "The photos show the crack"));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 7);
        assertThat(kinds(payer))
                .containsExactly(
                        "REFUND_STARTED",
                        "DISPUTE_RESOLVED",
                        "DISPUTE_MESSAGE",
                        "DISPUTE_MESSAGE",
                        "DISPUTED",
                        "FUNDS_HELD",
                        "PARTNER_JOINED");
        assertThat(payer.get(3).get("title").asString()).isEqualTo("Vikram wrote in the dispute on \u201CPhone\u201D");
        assertThat(payer.get(2).get("title").asString())
                .isEqualTo("TrustPay staff wrote in the dispute on \u201CPhone\u201D");
        JsonNode decided = payer.get(1);
        assertThat(decided.get("title").asString())
                .isEqualTo("The dispute on \u201CPhone\u201D was decided: refunded to Tara");
        assertThat(decided.get("body").asString())
                .contains("refund \u20B930,000 to Tara")
                .contains("The photos show the crack")
                .doesNotContain(admin.toString());
        List<JsonNode> payee = awaitFeed(p.payeeToken(), 5);
        assertThat(kinds(payee))
                .as("the payee is not told of their own message")
                .containsExactly("REFUND_STARTED", "DISPUTE_RESOLVED", "DISPUTE_MESSAGE", "DISPUTED", "FUNDS_HELD");
        assertThat(payee.get(1).get("body").asString()).contains("The photos show the crack");

        List<JsonNode> ops =
                awaitFeed(tokens.admin(admin), n -> escrow.toString().equals(text(n, "escrowId")), 3);
        assertThat(kinds(ops))
                .as("admins hear of the parties' messages, not of their own")
                .containsExactly("DISPUTE_RESOLVED", "DISPUTE_MESSAGE", "DISPUTED");
        assertThat(ops.getFirst().get("body").asString())
                .contains("REFUND_TO_PAYER")
                .contains("the crack");
    }

    @Test
    void anAdminsSplitAndAMilestoneConfirmationAreToldInWords() {
        Pair p = registeredPair("Kiran", "Lata");
        UUID escrow = joinedEscrow(p, "Bicycle", 250_000);
        events.publish(new FundsHeld(escrow, 250_000, "TP-21"));
        events.publish(new PartyConfirmed(escrow, PartyRole.PAYEE, p.payee(), 1));
        events.publish(new Disputed(escrow, p.payer(), "The wheels are bent"));
        events.publish(new DisputeResolved(
                escrow, "SPLIT", "DISPUTED", "The frame is fine", 250_000, Instant.now(), 150_000L, 100_000L));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 5);
        assertThat(kinds(payer))
                .containsExactly("DISPUTE_RESOLVED", "DISPUTED", "PARTY_CONFIRMED", "FUNDS_HELD", "PARTNER_JOINED");
        assertThat(payer.get(2).get("title").asString()).isEqualTo("Lata confirmed milestone 1 of \u201CBicycle\u201D");
        assertThat(payer.getFirst().get("title").asString())
                .isEqualTo("The dispute on \u201CBicycle\u201D was decided: split between Lata and Kiran");
        assertThat(payer.getFirst().get("body").asString())
                .contains("split \u20B92,500: \u20B91,500 to Lata, and \u20B91,000 back to Kiran")
                .contains("The frame is fine");
    }

    @Test
    void aPayoutTheBankReturnedIsExplainedToBothPartiesAndTheAdmins() {
        Pair p = registeredPair("Anil", "Bela");
        UUID admin = UUID.randomUUID();
        UUID escrow = joinedEscrow(p, "Camera", 2_000_000);
        events.publish(new FundsHeld(escrow, 2_000_000, "TP-7"));
        events.publish(
                new ReleaseReversed(escrow, 2_000_000, "TPP-7-1", "Payout was reversed by the beneficiary bank"));
        events.publish(new DisputeResolved(
                escrow, "RELEASE_TO_PAYEE", "PAYOUT_REVERSED", "Bela fixed the account", 2_000_000, Instant.now()));

        List<JsonNode> payee = awaitFeed(p.payeeToken(), 3);
        assertThat(kinds(payee)).containsExactly("DISPUTE_RESOLVED", "PAYOUT_REVERSED", "FUNDS_HELD");
        assertThat(payee.getFirst().get("title").asString())
                .isEqualTo("The returned payout of \u201CCamera\u201D was decided: released to Bela");
        assertThat(payee.getFirst().get("body").asString())
                .contains("release \u20B920,000 to Bela")
                .contains("Bela fixed the account");
        assertThat(payee.get(1).get("title").asString()).isEqualTo("The payout for \u201CCamera\u201D came back");
        assertThat(payee.get(1).get("body").asString())
                .startsWith("The bank returned the payout of \u20B920,000 to Bela (Payout was reversed by the"
                        + " beneficiary bank).")
                .contains("TrustPay support will decide whether to pay Bela again or refund Anil");
        assertThat(kinds(awaitFeed(p.payerToken(), 4)))
                .containsExactly("DISPUTE_RESOLVED", "PAYOUT_REVERSED", "FUNDS_HELD", "PARTNER_JOINED");
        List<JsonNode> ops =
                awaitFeed(tokens.admin(admin), n -> escrow.toString().equals(text(n, "escrowId")), 2);
        assertThat(kinds(ops)).containsExactly("DISPUTE_RESOLVED", "PAYOUT_REVERSED");
        assertThat(ops.get(1).get("body").asString()).contains("TPP-7-1").contains("pay the payee again");
    }

    @Test
    void aRefundTellsThePayerTheTimelineAndThePayeeToo() {
        Pair p = registeredPair("Nisha", "Om");
        UUID escrow = joinedEscrow(p, "Sofa", 1_23_45_678);
        events.publish(new FundsHeld(escrow, 1_23_45_678, "TP-5"));
        events.publish(new RefundStarted(escrow, 1_23_45_678, "The seller cancelled"));
        awaitFeed(p.payerToken(), 3);
        events.publish(
                new RefundFailed(escrow, "RF-1", 1_23_45_678, "BANK_DOWN", "The payer's bank is down", Instant.now()));
        awaitFeed(p.payerToken(), 4);
        events.publish(new Refunded(escrow, 1_23_45_678, "RF-1"));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 5);
        assertThat(kinds(payer))
                .containsExactly("REFUNDED", "REFUND_FAILED", "REFUND_STARTED", "FUNDS_HELD", "PARTNER_JOINED");
        assertThat(payer.get(2).get("title").asString())
                .isEqualTo("Your \u20B91,23,456.78 refund for \u201CSofa\u201D has started");
        assertThat(payer.get(2).get("body").asString())
                .contains("5\u20137 working days")
                .contains("The seller cancelled");
        assertThat(payer.get(1).get("body").asString()).contains("The payer's bank is down");
        assertThat(payer.get(0).get("body").asString()).contains("RF-1");
        assertThat(kinds(awaitFeed(p.payeeToken(), 4)))
                .containsExactly("REFUNDED", "REFUND_FAILED", "REFUND_STARTED", "FUNDS_HELD");
        awaitMail(p.payerMail(), "TrustPay: \u20B91,23,456.78 refunded for \u201CSofa\u201D");
    }

    @Test
    void theInspectionPeriodTellsThePayerTheDeadlineAndBothPartiesOfAnAutomaticRelease() {
        Pair p = registeredPair("Tara", "Dev");
        UUID escrow = joinedEscrow(p, "Phone", 1_23_45_678);
        Instant ends = Instant.parse("2026-12-05T10:00:00Z");
        events.publish(new FundsHeld(escrow, 1_23_45_678, "TP-8"));
        events.publish(new DeliveryMarked(escrow, p.payee(), ends.minus(Duration.ofDays(3)), ends));
        events.publish(new InspectionEndingSoon(escrow, ends));
        events.publish(new AutoReleased(escrow, 1_23_45_678, ends));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 5);
        assertThat(kinds(payer))
                .containsExactlyInAnyOrder(
                        "AUTO_RELEASED", "INSPECTION_ENDING", "DELIVERY_MARKED", "FUNDS_HELD", "PARTNER_JOINED");
        assertThat(kind(payer, "DELIVERY_MARKED").get("title").asString())
                .isEqualTo("Dev says \u201CPhone\u201D is delivered");
        assertThat(kind(payer, "DELIVERY_MARKED").get("body").asString())
                .isEqualTo("Dev says it is delivered; you have until 5 Dec 2026, 15:30 IST to confirm or dispute,"
                        + " then the money (\u20B91,23,456.78) is released automatically.");
        assertThat(kind(payer, "INSPECTION_ENDING").get("body").asString())
                .contains("until 5 Dec 2026, 15:30 IST")
                .contains("released to Dev automatically");
        List<JsonNode> payee = awaitFeed(p.payeeToken(), 2);
        assertThat(kinds(payee))
                .as("the payee marked it delivered and needs no reminder")
                .containsExactlyInAnyOrder("AUTO_RELEASED", "FUNDS_HELD");
        assertThat(kind(payee, "AUTO_RELEASED").get("body").asString())
                .contains("ended at 5 Dec 2026, 15:30 IST with neither a confirmation nor a dispute");
        awaitMail(p.payeeMail(), "TrustPay: \u20B91,23,456.78 for \u201CPhone\u201D released automatically");
    }

    @Test
    void anExpiredCodeAndAnExpiredPaymentRequestAreExplained() {
        Pair p = registeredPair("Priya", "Raj");
        UUID lonely = UUID.randomUUID();
        events.publish(created(lonely, "Bicycle", PartyRole.PAYER, p.payer()));
        events.publish(new CodeExpired(lonely, "K7P2QX"));
        UUID escrow = joinedEscrow(p, "Camera", 900_000);
        events.publish(new PaymentExpired(escrow, 1, "TP-3", Instant.parse("2026-12-02T10:00:00Z")));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 3);
        assertThat(kinds(payer)).containsExactlyInAnyOrder("PAYMENT_EXPIRED", "CODE_EXPIRED", "PARTNER_JOINED");
        assertThat(kind(payer, "CODE_EXPIRED").get("title").asString())
                .isEqualTo("The code for \u201CBicycle\u201D expired unused");
        assertThat(kind(payer, "CODE_EXPIRED").get("body").asString()).contains("K7P2QX");
        assertThat(kind(payer, "PAYMENT_EXPIRED").get("body").asString()).contains("15:30 IST");
        assertThat(kind(payer, "PAYMENT_EXPIRED").get("actionLabel").asString()).isEqualTo("Try again");
        assertThat(kind(payer, "PARTNER_JOINED").get("actionLabel").asString()).isEqualTo("Pay now");
        assertThat(feed(p.payeeToken(), "")).isEmpty();
    }

    @Test
    void adminAlertsFillTheOpsFeedAndCriticalOnesAreMailedToOps() throws Exception {
        UUID escrow = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        events.publish(new AdminAlert(
                UUID.randomUUID(),
                Severity.CRITICAL,
                "AMOUNT_MISMATCH",
                escrow,
                "payment-service",
                "Paid 1 rupee less",
                Instant.now()));
        events.publish(new AdminAlert(
                UUID.randomUUID(),
                Severity.WARNING,
                "WEBHOOK_UNMATCHED",
                escrow,
                "payment-service",
                "No attempt",
                Instant.now()));

        List<JsonNode> ops =
                awaitFeed(tokens.admin(admin), n -> escrow.toString().equals(text(n, "escrowId")), 2);
        assertThat(ops.get(1).get("title").asString()).isEqualTo("CRITICAL \u00B7 AMOUNT_MISMATCH");
        assertThat(ops.get(1).get("body").asString())
                .contains("Paid 1 rupee less")
                .contains("payment-service");
        MimeMessage mailed = awaitMail("ops@trustpay.local", "TrustPay: CRITICAL \u00B7 AMOUNT_MISMATCH");
        assertThat(text(mailed)).contains("Paid 1 rupee less");
        assertThat(mailsTo("ops@trustpay.local")).noneMatch(m -> subject(m).contains("WEBHOOK_UNMATCHED"));
        assertThat(feed(tokens.user(UUID.randomUUID()), "")).isEmpty();
    }

    @Test
    void aRedeliveredEventNotifiesNobodyTwice() {
        Pair p = registeredPair("Sana", "Tej");
        UUID escrow = joinedEscrow(p, "Phone", 2_000_000);
        Envelope held = events.publish(new FundsHeld(escrow, 2_000_000, "TP-7"));
        events.publishAgain(held, escrow.toString());
        events.publishAgain(held, escrow.toString());
        Envelope marker = events.publish(new PartyConfirmed(escrow, PartyRole.PAYEE, p.payee()));

        awaitFeed(p.payerToken(), 3);
        awaitProcessed(marker);
        assertThat(kinds(feed(p.payerToken(), ""))).containsExactly("PARTY_CONFIRMED", "FUNDS_HELD", "PARTNER_JOINED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM notification WHERE event_id = ?", Integer.class, held.eventId()))
                .as("one in-app and one e-mail notification per party")
                .isEqualTo(4);
        await().atMost(WAIT).until(() -> mailsTo(p.payerMail()).stream()
                .anyMatch(m -> subject(m).contains("is held safely")));
        assertThat(mailsTo(p.payerMail()).stream().filter(m -> subject(m).contains("is held safely")))
                .hasSize(1);
    }

    @Test
    void eventsThatOvertakeTheEscrowTheyAreAboutWaitForIt() {
        Pair p = registeredPair("Uma", "Vik");
        UUID escrow = UUID.randomUUID();
        Envelope early = events.publish(new PaymentRequested(
                escrow, 1, "TP-8", PaymentMode.COLLECT, 300_000, null, null, null, "COL-1", Instant.now()));
        awaitProcessed(early);
        assertThat(feed(p.payerToken(), "")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE escrow_id = ?", Integer.class, escrow))
                .isEqualTo(1);

        events.publish(created(escrow, "Watch", PartyRole.PAYER, p.payer()));
        events.publish(new PartnerJoined(escrow, p.payer(), p.payee()));

        List<JsonNode> payer = awaitFeed(p.payerToken(), 2);
        assertThat(kinds(payer)).containsExactlyInAnyOrder("PAYMENT_REQUESTED", "PARTNER_JOINED");
        assertThat(payer.stream()
                        .filter(n -> n.get("kind").asString().equals("PAYMENT_REQUESTED"))
                        .findFirst()
                        .orElseThrow()
                        .get("body")
                        .asString())
                .contains("collect request")
                .contains("COL-1");
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM parked_event WHERE escrow_id = ?", Integer.class, escrow)
                        == 0);
    }

    @Test
    void onlyTheRecipientSeesOrReadsANotification() {
        Pair p = registeredPair("Wasim", "Xena");
        UUID escrow = joinedEscrow(p, "Desk", 700_000);
        events.publish(new FundsHeld(escrow, 700_000, "TP-4"));
        JsonNode held = awaitFeed(p.payerToken(), 2).getFirst();
        assertThat(held.get("kind").asString()).isEqualTo("FUNDS_HELD");
        String id = held.get("id").asString();
        String stranger = tokens.user(UUID.randomUUID());

        assertThat(feed(stranger, "")).isEmpty();
        Api.Response strangerRead = api.post("/api/notifications/" + id + "/read", stranger, null);
        assertThat(strangerRead.status()).isEqualTo(404);
        assertThat(strangerRead.code()).isEqualTo("NOTIFICATION_NOT_FOUND");
        assertThat(api.post("/api/notifications/" + id + "/read", tokens.admin(UUID.randomUUID()), null)
                        .status())
                .as("an admin sees the ops feed, not the users' notifications")
                .isEqualTo(404);
        assertThat(api.get("/api/notifications", null).status()).isEqualTo(401);
        assertThat(api.get("/api/notifications", tokens.token(p.payer(), List.of("USER"), Duration.ofSeconds(-120)))
                        .code())
                .isEqualTo("INVALID_TOKEN");

        Api.Response read = api.post("/api/notifications/" + id + "/read", p.payerToken(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unread").asLong()).isEqualTo(1);
        assertThat(kinds(feed(p.payerToken(), "?unread=true"))).containsExactly("PARTNER_JOINED");
        assertThat(feed(p.payerToken(), "").getFirst().get("read").asBoolean()).isTrue();
    }

    @Test
    void theFeedIsPagedNewestFirstAndCanBeReadAllAtOnce() {
        Pair p = registeredPair("Yash", "Zoya");
        UUID escrow = UUID.randomUUID();
        events.publish(created(escrow, "Lamp", PartyRole.PAYEE, p.payee()));
        events.publish(new PartnerJoined(escrow, p.payer(), p.payee()));
        events.publish(new FundsHeld(escrow, AMOUNT, "TP-6"));
        events.publish(new PartyConfirmed(escrow, PartyRole.PAYER, p.payer()));
        events.publish(new ReleaseFailed(escrow, 1, "Bank down"));
        awaitFeed(p.payeeToken(), 4);

        Api.Response first = api.get("/api/notifications?size=3", p.payeeToken());
        assertThat(first.kinds()).containsExactly("RELEASE_FAILED", "PARTY_CONFIRMED", "FUNDS_HELD");
        assertThat(first.json().get("unread").asLong()).isEqualTo(4);
        String next = first.json().get("next").asString();
        Api.Response second = api.get("/api/notifications?size=3&cursor=" + next, p.payeeToken());
        assertThat(second.kinds()).containsExactly("PARTNER_JOINED");
        assertThat(second.json().get("next")).isNull();
        assertThat(api.get("/api/notifications?cursor=abc", p.payeeToken()).code())
                .isEqualTo("CURSOR_INVALID");

        assertThat(api.post("/api/notifications/read-all", p.payeeToken(), null)
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(4);
        assertThat(api.get("/api/notifications/unread-count", p.payeeToken())
                        .json()
                        .get("unread")
                        .asLong())
                .isZero();
    }

    @Test
    void aUserWhoTurnedOffActivityMailStillGetsMoneyMail() throws Exception {
        Pair p = registeredPair("Anil", "Bina");
        assertThat(api.get("/api/notifications/preferences", p.payeeToken())
                        .json()
                        .get("nonCriticalEmail")
                        .asBoolean())
                .isTrue();
        assertThat(api.put("/api/notifications/preferences", p.payeeToken(), Map.of("nonCriticalEmail", false))
                        .json()
                        .get("nonCriticalEmail")
                        .asBoolean())
                .isFalse();
        UUID escrow = joinedEscrow(p, "Kettle", 250_000);
        events.publish(new FundsHeld(escrow, 250_000, "TP-10"));
        events.publish(new PartyConfirmed(escrow, PartyRole.PAYER, p.payer()));
        awaitFeed(p.payeeToken(), 2);

        awaitMail(p.payeeMail(), "TrustPay: \u20B92,500 from Anil is held for \u201CKettle\u201D");
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM mail_message WHERE recipient_user_id = ? AND status = 'SUPPRESSED'",
                                Integer.class,
                                p.payee())
                        == 1);
        assertThat(mailsTo(p.payeeMail())).noneMatch(m -> subject(m).contains("confirmed"));
    }

    @Test
    void theUnsubscribeLinkOfAMailTurnsOffActivityMailAndAForgedOneDoesNot() throws Exception {
        Pair p = registeredPair("Chetan", "Divya");
        joinedEscrow(p, "Chair", 50_000);
        MimeMessage joined = awaitMail(p.payerMail(), "TrustPay: Divya joined \u201CChair\u201D");
        String link = joined.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        String path = link.substring(link.indexOf("/api/"));

        Api.Response forged = api.post(path.replace("token=", "token=x"), null, null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.code()).isEqualTo("UNSUBSCRIBE_LINK_INVALID");
        assertThat(api.post(path, null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/notifications/preferences", p.payerToken())
                        .json()
                        .get("nonCriticalEmail")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aContactChangeRedirectsLaterMail() {
        Pair p = registeredPair("Esha", "Farhan");
        awaitProcessed(
                events.publish(new ContactChanged(p.payer(), "Esha K", "esha.new-" + p.payer() + "@example.com")));
        UUID escrow = joinedEscrow(p, "Table", 80_000);
        events.publish(new FundsHeld(escrow, 80_000, "TP-11"));
        awaitMail(
                "esha.new-" + p.payer() + "@example.com",
                "TrustPay: Your \u20B9800 is held safely for \u201CTable\u201D");
        List<JsonNode> payee = awaitFeed(p.payeeToken(), 1);
        assertThat(payee.getFirst().get("title").asString()).startsWith("\u20B9800 from Esha K");
    }

    // --- helpers ---

    private Pair registeredPair(String payerName, String payeeName) {
        UUID payer = UUID.randomUUID();
        UUID payee = UUID.randomUUID();
        String payerMail = payerName.toLowerCase() + "-" + payer + "@example.com";
        String payeeMail = payeeName.toLowerCase() + "-" + payee + "@example.com";
        Envelope last = events.publish(new UserRegistered(payer, payerName, payerMail));
        Envelope last2 = events.publish(new UserRegistered(payee, payeeName, payeeMail));
        awaitProcessed(last);
        awaitProcessed(last2);
        return new Pair(payer, payee, tokens.user(payer), tokens.user(payee), payerMail, payeeMail);
    }

    /** An escrow the payer created and the payee joined. */
    private UUID joinedEscrow(Pair p, String title, long amount) {
        UUID escrow = UUID.randomUUID();
        events.publish(new EscrowCreated(
                escrow, "ABC123", "Brave Otter", title, amount, PartyRole.PAYER, p.payer(), Instant.now()));
        events.publish(new PartnerJoined(escrow, p.payer(), p.payee()));
        return escrow;
    }

    private static EscrowCreated created(UUID escrow, String title, PartyRole role, UUID creator) {
        return new EscrowCreated(escrow, "XYZ789", "Calm Heron", title, AMOUNT, role, creator, Instant.now());
    }

    private List<JsonNode> feed(String token, String query) {
        Api.Response page = api.get("/api/notifications" + query, token);
        assertThat(page.status()).isEqualTo(200);
        return page.items();
    }

    private List<JsonNode> awaitFeed(String token, int count) {
        return awaitFeed(token, n -> true, count);
    }

    private List<JsonNode> awaitFeed(String token, Predicate<JsonNode> which, int count) {
        await().atMost(WAIT)
                .until(() -> feed(token, "?size=100").stream().filter(which).count() >= count);
        return feed(token, "?size=100").stream().filter(which).toList();
    }

    private MimeMessage awaitMail(String to, String subject) {
        await().atMost(WAIT).until(() -> mailsTo(to).stream().anyMatch(m -> subject.equals(subject(m))));
        return mailsTo(to).stream()
                .filter(m -> subject.equals(subject(m)))
                .findFirst()
                .orElseThrow();
    }

    private static List<MimeMessage> mailsTo(String to) {
        return SMTP.received().stream().filter(m -> recipients(m).contains(to)).toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(Address::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    private static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return findPart(message.getContent(), type);
    }

    private static String findPart(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return body.getContent().toString();
                }
                String nested = findPart(body.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static JsonNode kind(List<JsonNode> nodes, String kind) {
        return nodes.stream()
                .filter(n -> kind.equals(n.get("kind").asString()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> kinds(List<JsonNode> nodes) {
        return nodes.stream().map(n -> n.get("kind").asString()).toList();
    }
}
