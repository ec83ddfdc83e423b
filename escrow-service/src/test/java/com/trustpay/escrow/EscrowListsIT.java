package com.trustpay.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The escrow lists against real PostgreSQL: cursor pages for parties and admins, the admins' search by code, id and
 * status, why a join code no longer works, and the amount limits per payment mode.
 */
@SpringBootTest(properties = {"trustpay.escrow.expiry-sweep=1h", "trustpay.outbox.poll-interval=100ms"})
@ActiveProfiles("sandbox") // the built-in admin logs in below
class EscrowListsIT extends EscrowServiceIT {

    String admin;

    @BeforeAll
    void connect() throws Exception {
        admin = loginAsAdmin();
    }

    @Test
    void aPartysListComesInPagesNewestFirstAndAnEscrowCreatedMeanwhileShiftsNoLaterPage() throws Exception {
        String asha = api.signUp("Asha");
        String ravi = api.signUp("Ravi");
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(asha, 10_000 + i, "INTENT").id());
        }
        UUID ravis = create(ravi, 10_000, "INTENT").id();
        List<UUID> newestFirst = created.reversed();

        Response first = api.get("/api/escrows?limit=3", asha);
        assertThat(ids(first)).isEqualTo(newestFirst.subList(0, 3));
        UUID meanwhile = create(asha, 20_000, "COLLECT").id();
        Response second = api.get("/api/escrows?limit=3&cursor=" + cursor(first), asha);
        assertThat(ids(second)).isEqualTo(newestFirst.subList(3, 6));
        Response third = api.get("/api/escrows?limit=3&cursor=" + cursor(second), asha);
        assertThat(ids(third)).isEqualTo(newestFirst.subList(6, 7));
        assertThat(third.json().get("nextCursor").isNull()).isTrue();

        assertThat(ids(api.get("/api/escrows", asha)))
                .startsWith(meanwhile)
                .hasSize(8)
                .doesNotContain(ravis);
        assertThat(ids(api.get("/api/escrows?limit=100", asha))).hasSize(8);
        assertThat(first.json().get("items").get(0).get("myRole").asString()).isEqualTo("PAYER");
    }

    @Test
    void aStrangerNeverSeesOthersEscrowsWhateverTheCursor() throws Exception {
        String asha = api.signUp("Asha");
        for (int i = 0; i < 3; i++) {
            create(asha, 10_000, "INTENT");
        }
        String mallory = api.signUp("Mallory");
        String ashasCursor = cursor(api.get("/api/escrows?limit=1", asha));

        assertThat(ids(api.get("/api/escrows", mallory))).isEmpty();
        assertThat(ids(api.get("/api/escrows?cursor=" + ashasCursor, mallory))).isEmpty();
        assertThat(api.get("/api/escrows?q=x&status=HELD", mallory).json().get("items"))
                .isEmpty();
        assertThat(api.get("/api/admin/escrows", mallory).code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void limitsOutsideOneToAHundredAndCursorsWeDidNotGiveOutAreProblems() throws Exception {
        String asha = api.signUp("Asha");
        create(asha, 10_000, "INTENT");
        create(asha, 10_000, "INTENT");
        String cursor = cursor(api.get("/api/escrows?limit=1", asha));
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String limit : List.of("0", "101", "-5", "many")) {
            Response refused = api.get("/api/escrows?limit=" + limit, asha);
            assertThat(refused.status()).as(limit).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.code()).as(limit).isEqualTo("INVALID_LIMIT");
            assertThat(api.get("/api/admin/escrows?limit=" + limit, admin).code())
                    .isEqualTo("INVALID_LIMIT");
        }
        for (String bad : List.of(tampered, "garbage", cursor.substring(0, 20))) {
            Response refused = api.get("/api/escrows?cursor=" + bad, asha);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.code()).as(bad).isEqualTo("INVALID_CURSOR");
            assertThat(api.get("/api/admin/escrows?cursor=" + bad, admin).code())
                    .isEqualTo("INVALID_CURSOR");
        }
    }

    @Test
    void adminsFindAnEscrowByCodeOrIdInAnyStatusAndFilterByStatus() throws Exception {
        String asha = api.signUp("Asha");
        Response open = create(asha, 10_000, "INTENT");
        Response cancelled = create(asha, 10_000, "INTENT");
        assertThat(api.post("/api/escrows/" + cancelled.id() + "/cancel", asha, Map.of("reason", "no longer"))
                        .text("status"))
                .isEqualTo("CANCELLED");

        assertThat(ids(api.get("/api/admin/escrows?q=" + open.text("code"), admin)))
                .containsExactly(open.id());
        assertThat(ids(api.get("/api/admin/escrows?q=" + open.text("code").toLowerCase(), admin)))
                .containsExactly(open.id());
        assertThat(ids(api.get("/api/admin/escrows?q=" + cancelled.id(), admin)))
                .containsExactly(cancelled.id());
        assertThat(ids(api.get("/api/admin/escrows?q=" + cancelled.id() + "&status=CANCELLED", admin)))
                .containsExactly(cancelled.id());
        assertThat(ids(api.get("/api/admin/escrows?q=" + cancelled.id() + "&status=DISPUTED", admin)))
                .isEmpty();
        assertThat(ids(api.get("/api/admin/escrows?q=" + UUID.randomUUID(), admin)))
                .isEmpty();

        List<UUID> awaiting = ids(api.get("/api/admin/escrows?status=AWAITING_PARTNER&limit=100", admin));
        assertThat(awaiting).contains(open.id()).doesNotContain(cancelled.id());
        JsonNode page = api.get("/api/admin/escrows?status=AWAITING_PARTNER,CANCELLED&limit=2", admin)
                .json();
        assertThat(ids(page)).containsExactly(cancelled.id(), open.id());
        assertThat(page.get("items").get(0).get("myRole")).isNull();
        assertThat(page.get("items").get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(page.get("items").get(0).get("finished").asBoolean()).isTrue();
        assertThat(page.get("items").get(1).get("finished").asBoolean()).isFalse();

        UUID disputed = create(asha, 10_000, "INTENT").id();
        jdbc.update("UPDATE escrow SET status = 'DISPUTED' WHERE id = ?", disputed);
        assertThat(ids(api.get("/api/admin/escrows?status=", admin)))
                .contains(disputed)
                .doesNotContain(open.id());

        Response badStatus = api.get("/api/admin/escrows?status=HELD,SETTLED", admin);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.code()).isEqualTo("INVALID_STATUS");
        Response badQuery = api.get("/api/admin/escrows?q=not-a-code", admin);
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.code()).isEqualTo("INVALID_QUERY");
    }

    @Test
    void theAdminsWorkListPagesThroughEveryEscrowWaitingForThem() throws Exception {
        String asha = api.signUp("Asha");
        List<UUID> disputed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = create(asha, 10_000, "INTENT").id();
            jdbc.update("UPDATE escrow SET status = 'DISPUTED' WHERE id = ?", id);
            disputed.add(id);
        }

        List<UUID> seen = new ArrayList<>();
        String next = null;
        do {
            Response page = api.get("/api/admin/escrows?limit=1" + (next == null ? "" : "&cursor=" + next), admin);
            seen.addAll(ids(page));
            next = page.json().get("nextCursor").isNull() ? null : cursor(page);
        } while (next != null && !seen.containsAll(disputed));

        assertThat(seen).containsSubsequence(disputed.reversed()).doesNotHaveDuplicates();
    }

    @Test
    void joiningWithTheCodeOfACancelledOrExpiredEscrowSaysWhich() throws Exception {
        String asha = api.signUp("Asha");
        String ravi = api.signUp("Ravi");
        Response cancelled = create(asha, 10_000, "INTENT");
        api.post("/api/escrows/" + cancelled.id() + "/cancel", asha, null);
        Response expired = create(asha, 10_000, "INTENT");
        jdbc.update("UPDATE escrow SET code_expires_at = now() - interval '1 second' WHERE id = ?", expired.id());
        Response joined = create(asha, 10_000, "INTENT");
        assertThat(join(ravi, joined.text("code")).status()).isEqualTo(200);
        String meera = api.signUp("Meera");

        Response toCancelled = join(meera, cancelled.text("code"));
        assertThat(toCancelled.status()).isEqualTo(410);
        assertThat(toCancelled.code()).isEqualTo("CODE_CANCELLED");
        assertThat(toCancelled.text("detail")).startsWith("This escrow was cancelled");
        assertThat(api.get("/api/escrows/by-code/" + cancelled.text("code"), meera)
                        .code())
                .isEqualTo("CODE_CANCELLED");

        Response toExpired = join(meera, expired.text("code"));
        assertThat(toExpired.status()).isEqualTo(410);
        assertThat(toExpired.code()).isEqualTo("CODE_EXPIRED");
        assertThat(toExpired.text("detail")).startsWith("This code expired");

        Response toJoined = join(meera, joined.text("code"));
        assertThat(toJoined.code()).isEqualTo("CODE_USED");
        assertThat(toJoined.text("detail")).isEqualTo("Someone has already joined with this code");
    }

    @Test
    void eachPaymentModeTakesUpToItsUpiLimitAndTheProblemSaysItInRupees() throws Exception {
        String asha = api.signUp("Asha");
        JsonNode limits = api.get("/api/escrows/amount-limits", asha).json();
        assertThat(limits.findValuesAsString("paymentMode")).containsExactlyInAnyOrder("INTENT", "COLLECT");

        for (JsonNode limit : limits) {
            String mode = limit.get("paymentMode").asString();
            long max = limit.get("maxAmountPaise").asLong();
            assertThat(max).as(mode).isEqualTo(10_000_000);
            assertThat(limit.get("minAmountPaise").asLong()).isEqualTo(100);
            assertThat(create(asha, max, mode).text("paymentMode")).isEqualTo(mode);

            Response above = api.post("/api/escrows", asha, body(max + 1, mode));
            assertThat(above.status()).as(mode).isEqualTo(400);
            assertThat(above.code()).isEqualTo("AMOUNT_ABOVE_UPI_LIMIT");
            assertThat(above.text("detail")).startsWith("The most one escrow can hold is ₹1,00,000.00");
            assertThat(above.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("amountPaise");

            Response below = api.post("/api/escrows", asha, body(99, mode));
            assertThat(below.code()).isEqualTo("AMOUNT_TOO_SMALL");
            assertThat(below.text("detail")).isEqualTo("The least one escrow can hold is ₹1.00");
        }
        assertThat(ids(api.get("/api/escrows", asha))).hasSize(2);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Response create(String token, long amount, String mode) throws Exception {
        Response created = api.post("/api/escrows", token, body(amount, mode));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    private static Map<String, Object> body(long amount, String mode) {
        return Map.of(
                "title",
                "Used bicycle",
                "amountPaise",
                amount,
                "role",
                "PAYER",
                "vpa",
                "asha@okaxis",
                "paymentMode",
                mode);
    }

    private Response join(String token, String code) throws Exception {
        return api.post("/api/escrows/join", token, Map.of("code", code, "vpa", "partner@ybl"));
    }

    private static List<UUID> ids(Response page) {
        assertThat(page.status()).isEqualTo(200);
        return ids(page.json());
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }

    private static String cursor(Response page) {
        String cursor = page.json().get("nextCursor").asString();
        assertThat(cursor).isNotBlank();
        return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }
}
