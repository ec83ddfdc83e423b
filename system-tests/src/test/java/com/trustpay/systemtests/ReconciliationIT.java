package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.SandboxPayer;
import com.trustpay.devstack.Service;
import com.trustpay.systemtests.TrustPayApi.User;
import com.trustpay.systemtests.ui.Browser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciliation over the whole suite: real lifecycles, the real payment-service reading the real sandbox, and the
 * faults that a correct system can meet from outside — a payout the bank returns after success, and money paid to
 * our merchant account that no escrow asked for. The run's report on {@code reconciliation.reports} (read with a
 * plain Kafka consumer), the JSON report and the CSV all name exactly those two for this test's money, and nothing
 * for the clean deals beside them.
 *
 * <p>The other kinds need a fault inside TrustPay (a second payout, a refund beyond what was collected, a lost
 * event), which the suite exists to prevent; reconciliation-service's own MismatchKindsIT produces each of them from
 * the events such a fault would leave.
 */
class ReconciliationIT extends SystemTest {

    private static final long UNKNOWN_PAISE = 4_321;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void aReversedPayoutAndMoneyNobodyAskedForAreTheOnlyMismatchesBesideCleanDeals() throws Exception {
        Instant from = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);

        Deal released = heldDeal("success@okaxis");
        bothConfirm(released);
        Deal refunded = heldDeal("success@okaxis");
        api.post(refunded.payee(), "/api/escrows/" + refunded.id() + "/cancel", Map.of("reason", "Out of stock"))
                .expect(200);
        Deal reversed = heldDeal("reverse@okaxis");
        bothConfirm(reversed);
        String unknownPayment = payTheMerchantDirectly();

        api.awaitStatus(released.payee(), released.id(), "RELEASED", SETTLE);
        api.awaitStatus(refunded.payer(), refunded.id(), "REFUNDED", SETTLE);
        awaitReversalAtTheBank(reversed.id());

        User admin = api.admin();
        Instant to = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Set<String> ours = Set.of(released.id(), refunded.id(), reversed.id());
        Map<String, String> expected = Map.of(reversed.id(), "PAYOUT_REVERSED", unknownPayment, "UNKNOWN_TO_US");

        // The reversal travels webhook → payment-service → payout.events → reconciliation-service: run until seen.
        Map<String, Object> window = Map.of("from", from.toString(), "to", to.toString());
        JsonNode[] run = new JsonNode[1];
        await().alias("a run finds the reversal and the unknown payment")
                .atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    run[0] = api.post(admin, "/api/admin/reconciliation/runs", window)
                            .expect(201)
                            .json();
                    assertThat(ourMismatches(run[0].get("mismatches"), ours, unknownPayment))
                            .as("run %s", run[0].get("run"))
                            .isEqualTo(expected);
                });
        String runId = run[0].get("run").get("id").asString();
        assertThat(run[0].get("run")
                        .get("counts")
                        .path("providerSideIncomplete")
                        .asLong(-1))
                .as("the providers were read")
                .isZero();
        JsonNode reversal = only(run[0].get("mismatches"), "escrowId", reversed.id());
        assertThat(reversal.get("providerIds").get("razorpayxPayoutId").asString())
                .isNotBlank();
        JsonNode unknown = only(run[0].get("mismatches"), "kind", "UNKNOWN_TO_US", unknownPayment);
        assertThat(unknown.get("providerAmountPaise").asLong()).isEqualTo(UNKNOWN_PAISE);

        assertThat(ourMismatches(reportOnTheTopic(runId), ours, unknownPayment))
                .as("the report ops read from reconciliation.reports")
                .isEqualTo(expected);

        String range = "?from=" + encode(from.toString()) + "&to=" + encode(to.toString());
        JsonNode report =
                api.get(admin, "/api/admin/reconciliation" + range).expect(200).json();
        assertThat(ourMismatches(report.get("mismatches"), ours, unknownPayment))
                .as("GET /api/admin/reconciliation")
                .isEqualTo(expected);

        String csv = new Api(SystemUnderTest.apiBase())
                .get("/api/admin/reconciliation" + range, admin.token(), "Accept", "text/csv")
                .expect(200)
                .body();
        Map<String, String> inCsv = new HashMap<>();
        for (String line : csv.lines().skip(1).toList()) {
            String key = line.contains(reversed.id())
                    ? reversed.id()
                    : line.contains(unknownPayment) ? unknownPayment : null;
            if (key != null || line.contains(released.id()) || line.contains(refunded.id())) {
                inCsv.merge(key == null ? "clean deal" : key, kindIn(line), (a, b) -> a + "+" + b);
            }
        }
        assertThat(inCsv).as("the CSV export").isEqualTo(expected);

        theAdminPageShowsThemAndResolvesOne(Set.of(released.id(), refunded.id()), reversed.id(), unknownPayment);
    }

    /** The admin page in headless Chromium: run now, the two rows (and none for the clean deals), resolve, CSV. */
    private void theAdminPageShowsThemAndResolvesOne(Set<String> clean, String reversedEscrow, String unknownPayment)
            throws Exception {
        try (Browser ops = Browser.desktop("ops", SystemUnderTest.gatewayUrl())) {
            ops.logIn("admin@trustpay.local", "admin-password-change-me");
            ops.open("/admin/reconciliation");
            ops.click(By.cssSelector("button[data-action=run]"));
            By reversalRow = By.xpath("//tr[@data-kind='PAYOUT_REVERSED'][.//a[@href='#/e/" + reversedEscrow + "']]");
            By unknownRow = By.xpath("//tr[@data-kind='UNKNOWN_TO_US'][contains(., '" + unknownPayment + "')]");
            ops.el(reversalRow);
            ops.el(unknownRow);
            ops.shot("reconciliation");
            assertThat(ops.scrollsSideways())
                    .as("the page fits a 1280 px screen")
                    .isFalse();
            for (String id : clean) {
                assertThat(ops.all(By.cssSelector("#reconciliation-mismatches a[href='#/e/" + id + "']")))
                        .as("no mismatch row for the clean deal %s", id)
                        .isEmpty();
            }
            assertThat(ops.el(By.cssSelector("#reconciliation-summary li[data-kind=PAYOUT_REVERSED] strong"))
                            .getText())
                    .isNotEqualTo("0");

            ops.type(new ByChained(reversalRow, By.name("note")), "Payee's bank returned it; paid again by hand");
            ops.click(new ByChained(reversalRow, By.cssSelector("button[data-action=resolve]")));
            ops.waitForText(reversalRow, "RESOLVED");
            ops.waitForText(reversalRow, "paid again by hand");
            ops.shot("reconciliation-resolved");

            ops.click(By.cssSelector("button[data-action=csv]"));
            Path csv = await().alias("the CSV download")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> downloaded(ops.downloads()), p -> p != null);
            String exported = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(exported).contains(reversedEscrow).contains(unknownPayment);
            clean.forEach(id -> assertThat(exported).doesNotContain(id));
        }
    }

    private static Path downloaded(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A Dynamic QR made straight at Setu (not by TrustPay) and paid: money at the provider that no escrow asked for. */
    private String payTheMerchantDirectly() {
        Api setu = new Api(stack.url(Service.SANDBOX));
        SandboxPayer payer = new SandboxPayer(setu);
        String token = payer.setuToken();
        String reference =
                "NOTOURS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonNode qr = setu.post(
                        "/api/v1/merchants/dqr",
                        token,
                        Map.of("merchantVpa", "trustpay@sandbox", "amount", UNKNOWN_PAISE, "referenceId", reference),
                        "merchantId",
                        SandboxPayer.MERCHANT_ID)
                .expect(201)
                .json();
        JsonNode paid = payer.payRef(qr.get("id").asString(), "success@upi", UNKNOWN_PAISE, token);
        String paymentId = paid.get("paymentId").asString();
        await().alias("the sandbox settles the direct payment").atMost(SETTLE).until(() -> {
            for (JsonNode p : sandbox.payments().path("payments")) {
                if (paymentId.equals(p.path("id").asString())) {
                    return "success".equals(p.path("status").asString());
                }
            }
            return false;
        });
        return paymentId;
    }

    private void awaitReversalAtTheBank(String escrowId) {
        String prefix = MoneyInvariants.payoutPrefix(UUID.fromString(escrowId));
        await().alias("the bank reverses the payout of " + escrowId)
                .atMost(SETTLE)
                .until(() -> {
                    for (JsonNode p : sandbox.payouts().get("payouts")) {
                        if (p.get("reference_id").asString().startsWith(prefix)
                                && "reversed".equals(p.get("status").asString())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** The run's pages on {@code reconciliation.reports}, as any Kafka client reads them: its mismatches. */
    private List<JsonNode> reportOnTheTopic(String runId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "ops-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<JsonNode> mismatches = new ArrayList<>();
        Set<Integer> parts = new HashSet<>();
        int[] total = {-1};
        try (KafkaConsumer<String, String> ops = new KafkaConsumer<>(config)) {
            ops.subscribe(List.of("reconciliation.reports"));
            await().alias("every page of run " + runId + " on reconciliation.reports")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ZERO)
                    .until(() -> {
                        ops.poll(Duration.ofMillis(500)).forEach(r -> {
                            if (runId.equals(r.key())) {
                                JsonNode page = PLAIN.readTree(r.value()).get("payload");
                                if (parts.add(page.get("part").asInt())) {
                                    total[0] = page.get("parts").asInt();
                                    page.get("mismatches").forEach(mismatches::add);
                                }
                            }
                        });
                        return total[0] > 0 && parts.size() == total[0];
                    });
        }
        return mismatches;
    }

    /** Kind by escrow id (or, for money no escrow asked for, by the provider's payment id) for this test's money. */
    private static Map<String, String> ourMismatches(Iterable<JsonNode> mismatches, Set<String> ours, String unknown) {
        Map<String, String> found = new HashMap<>();
        for (JsonNode m : mismatches) {
            String escrow = m.path("escrowId").asString(null);
            String key = escrow != null && ours.contains(escrow)
                    ? escrow
                    : m.toString().contains(unknown) ? unknown : null;
            if (key != null) {
                found.merge(key, m.get("kind").asString(), (a, b) -> a + "+" + b);
            }
        }
        return found;
    }

    private static JsonNode only(JsonNode mismatches, String field, String value) {
        return only(mismatches, field, value, null);
    }

    private static JsonNode only(JsonNode mismatches, String field, String value, String mentioning) {
        List<JsonNode> hits = new ArrayList<>();
        for (JsonNode m : mismatches) {
            if (value.equals(m.path(field).asString(null))
                    && (mentioning == null || m.toString().contains(mentioning))) {
                hits.add(m);
            }
        }
        assertThat(hits).as("mismatches with %s = %s", field, value).hasSize(1);
        return hits.getFirst();
    }

    private static String kindIn(String csvLine) {
        for (String kind : List.of("PAYOUT_REVERSED", "UNKNOWN_TO_US")) {
            if (csvLine.contains("," + kind + ",")) {
                return kind;
            }
        }
        return csvLine;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
