package com.trustpay.escrow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.trustpay.escrow.identity.domain.SessionSecret;
import com.trustpay.testsupport.RealInfrastructure;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browser sessions against real PostgreSQL (ADR 0023): the cookie login sets, refresh rotating it, a replayed old
 * token revoking the family, two tabs refreshing at the same moment both staying signed in, logout, the CSRF header,
 * expiry and a disabled account. The service's clock can be moved forward, so no test waits for time to pass.
 */
@SpringBootTest(
        properties = {
            "trustpay.escrow.expiry-sweep=1h",
            "trustpay.escrow.inspection-sweep=1h",
            "trustpay.identity.session.refresh-ttl=1h",
            "trustpay.identity.session.reuse-grace=10s"
        })
@AutoConfigureMockMvc
@RealInfrastructure
class BrowserSessionIT {

    static final String COOKIE = "trustpay_session";

    @TestConfiguration
    static class MovableClock {

        static final AtomicReference<Duration> AHEAD = new AtomicReference<>(Duration.ZERO);

        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(AHEAD.get());
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    /** What one call answered: status, the problem code or access token, and the session cookie it set (or null). */
    record Answer(int status, JsonNode body, String setCookie) {

        String code() {
            return body == null || body.get("code") == null
                    ? null
                    : body.get("code").asString();
        }

        String accessToken() {
            return body.get("accessToken").asString();
        }

        /** The secret of the cookie set, or null when none was set or it was cleared. */
        String secret() {
            if (setCookie == null) {
                return null;
            }
            String value = setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));
            return value.isEmpty() ? null : value;
        }
    }

    @Test
    void loginSetsAnHttpOnlySecureStrictCookieForAuthPathsOnlyAndStoresOnlyItsHash() throws Exception {
        Answer login = logIn(signUp());

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.setCookie())
                .startsWith(COOKIE + "=")
                .contains("; Path=/api/auth")
                .contains("; Max-Age=3600")
                .contains("; Secure")
                .contains("; HttpOnly")
                .contains("; SameSite=Strict");
        String secret = login.secret();
        assertThat(SessionSecret.wellFormed(secret)).isTrue();
        assertThat(stored("token_sha256 = ?", SessionSecret.hash(secret))).isEqualTo(1);
        assertThat(stored("token_sha256 = ?", secret))
                .as("the secret itself is never stored")
                .isZero();
        assertThat(login.body().get("accessToken")).isNotNull();
    }

    @Test
    void refreshAnswersAWorkingAccessTokenAndRotatesTheCookie() throws Exception {
        String email = signUp();
        String first = logIn(email).secret();

        Answer refreshed = refresh(first);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body().get("tokenType").asString()).isEqualTo("Bearer");
        String second = refreshed.secret();
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(refreshed.setCookie()).contains("; HttpOnly").contains("; Path=/api/auth");
        MockHttpServletResponse me = mvc.perform(
                        get("/api/me").header("Authorization", "Bearer " + refreshed.accessToken()))
                .andReturn()
                .getResponse();
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(json.readTree(me.getContentAsByteArray()).get("email").asString())
                .isEqualTo(email);
        assertThat(refresh(second).status())
                .as("the successor refreshes in turn")
                .isEqualTo(200);
    }

    @Test
    void anOldTokenPresentedAfterTheGraceRevokesTheWholeFamily() throws Exception {
        String first = logIn(signUp()).secret();
        String second = refresh(first).secret();
        String third = refresh(second).secret();

        MovableClock.AHEAD.accumulateAndGet(Duration.ofSeconds(11), Duration::plus);
        Answer replayed = refresh(first);

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.code()).isEqualTo("SESSION_REVOKED");
        assertThat(replayed.setCookie()).as("the cookie is cleared").contains("Max-Age=0");
        assertThat(refresh(third).code())
                .as("the newest token of the family, which the thief may hold, is revoked too")
                .isEqualTo("SESSION_REVOKED");
        assertThat(stored(
                        "family_id = (SELECT family_id FROM refresh_token WHERE token_sha256 = ?)"
                                + " AND revoked_at IS NULL",
                        SessionSecret.hash(first)))
                .isZero();
    }

    @Test
    void twoTabsRefreshingWithTheSameCookieAtOnceStaySignedIn() throws Exception {
        String first = logIn(signUp()).secret();

        List<Answer> tabs = atOnce(() -> refresh(first), () -> refresh(first));

        assertThat(tabs).extracting(Answer::status).containsExactly(200, 200);
        assertThat(tabs).allSatisfy(tab -> assertThat(tab.accessToken()).isNotBlank());
        List<String> rotated =
                tabs.stream().map(Answer::secret).filter(s -> s != null).toList();
        assertThat(rotated)
                .as("one tab rotated the cookie, the other keeps the browser's")
                .hasSize(1);
        assertThat(refresh(rotated.getFirst()).status())
                .as("the family lives on with the successor")
                .isEqualTo(200);
    }

    @Test
    void logoutRevokesTheSessionOnTheServerAndClearsTheCookie() throws Exception {
        String secret = logIn(signUp()).secret();

        MockHttpServletResponse logout = mvc.perform(withSession(post("/api/auth/logout"), secret))
                .andReturn()
                .getResponse();

        assertThat(logout.getStatus()).isEqualTo(204);
        assertThat(logout.getHeader("Set-Cookie"))
                .startsWith(COOKIE + "=;")
                .contains("Max-Age=0")
                .contains("Path=/api/auth");
        Answer after = refresh(secret);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("SESSION_REVOKED");
    }

    @Test
    void withoutTheSessionHeaderRefreshAndLogoutAreRefusedAndChangeNothing() throws Exception {
        String secret = logIn(signUp()).secret();

        for (String path : List.of("/api/auth/refresh", "/api/auth/logout")) {
            MockHttpServletResponse refused = mvc.perform(post(path).cookie(new Cookie(COOKIE, secret)))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            assertThat(json.readTree(refused.getContentAsByteArray())
                            .get("code")
                            .asString())
                    .isEqualTo("SESSION_HEADER_REQUIRED");
        }
        assertThat(stored("token_sha256 = ? AND rotated_at IS NULL AND revoked_at IS NULL", SessionSecret.hash(secret)))
                .isEqualTo(1);
        assertThat(refresh(secret).status()).isEqualTo(200);
    }

    @Test
    void aMissingUnknownOrExpiredCookieIsRefusedWithItsOwnCode() throws Exception {
        MockHttpServletResponse none = mvc.perform(post("/api/auth/refresh").header("X-TrustPay-Session", "1"))
                .andReturn()
                .getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(json.readTree(none.getContentAsByteArray()).get("code").asString())
                .isEqualTo("SESSION_MISSING");
        assertThat(refresh(SessionSecret.generate()).code()).isEqualTo("SESSION_EXPIRED");
        assertThat(refresh("not a secret").code()).isEqualTo("SESSION_EXPIRED");

        String secret = logIn(signUp()).secret();
        MovableClock.AHEAD.accumulateAndGet(Duration.ofMinutes(61), Duration::plus);
        Answer expired = refresh(secret);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("SESSION_EXPIRED");
    }

    @Test
    void aDisabledAccountCanNeitherRefreshNorLogIn() throws Exception {
        String email = signUp();
        String secret = logIn(email).secret();

        jdbc.sql("UPDATE app_user SET disabled_at = now() WHERE email = ?")
                .param(email)
                .update();

        Answer refused = refresh(secret);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("ACCOUNT_DISABLED");
        Answer login = logIn(email);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(login.setCookie()).isNull();

        jdbc.sql("UPDATE app_user SET disabled_at = NULL WHERE email = ?")
                .param(email)
                .update();
        assertThat(refresh(secret).code())
                .as("the session ended when the account was found disabled")
                .isEqualTo("SESSION_REVOKED");
    }

    private String signUp() throws Exception {
        String email = "tab-" + UUID.randomUUID() + "@example.com";
        MockHttpServletResponse registered = mvc.perform(post("/api/auth/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(
                                Map.of("name", "Asha", "email", email, "password", "secret-password"))))
                .andReturn()
                .getResponse();
        assertThat(registered.getStatus()).isEqualTo(202);
        return email;
    }

    private Answer logIn(String email) throws Exception {
        return answer(mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(Map.of("email", email, "password", "secret-password"))))
                .andReturn()
                .getResponse());
    }

    private Answer refresh(String secret) throws Exception {
        return answer(mvc.perform(withSession(post("/api/auth/refresh"), secret))
                .andReturn()
                .getResponse());
    }

    private static MockHttpServletRequestBuilder withSession(MockHttpServletRequestBuilder request, String secret) {
        return request.header("X-TrustPay-Session", "1").cookie(new Cookie(COOKIE, secret));
    }

    private Answer answer(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        JsonNode body = bytes.length == 0 ? null : json.readTree(bytes);
        return new Answer(response.getStatus(), body, response.getHeader("Set-Cookie"));
    }

    private int stored(String where, String value) {
        return jdbc.sql("SELECT count(*) FROM refresh_token WHERE " + where)
                .param(value)
                .query(Integer.class)
                .single();
    }

    interface Call {
        Answer call() throws Exception;
    }

    /** Both calls released at the same moment from two threads, as two tabs' timers would fire. */
    private static List<Answer> atOnce(Call one, Call other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService tabs = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<Answer>> answers = List.of(one, other).stream()
                    .map(call -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await(10, TimeUnit.SECONDS);
                                    return call.call();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            tabs))
                    .toList();
            start.countDown();
            return answers.stream()
                    .map(f -> f.orTimeout(30, TimeUnit.SECONDS).join())
                    .toList();
        }
    }
}
