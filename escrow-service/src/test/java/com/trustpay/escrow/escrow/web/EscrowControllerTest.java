package com.trustpay.escrow.escrow.web;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.EscrowProperties;
import com.trustpay.escrow.escrow.application.CreateEscrow;
import com.trustpay.escrow.escrow.application.EscrowCommands;
import com.trustpay.escrow.escrow.application.EscrowQueries;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowRuleException;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.domain.IllegalTransitionException;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.escrow.domain.PaymentReceipt;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.domain.TimelineFacts;
import com.trustpay.escrow.shared.web.ApiSecurityConfiguration;
import com.trustpay.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The escrow API's validation and problem responses, with the use cases mocked out. */
@ActiveProfiles("sandbox")
@WebMvcTest(controllers = {EscrowController.class, AdminEscrowController.class})
@Import({ApiSecurityConfiguration.class, EscrowControllerTest.Settings.class})
class EscrowControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(EscrowProperties.class)
    static class Settings {}

    private static final UUID USER = UUID.randomUUID();
    private static final String VALID = """
            {"title": "Used bicycle", "amountPaise": 250000, "role": "PAYER", "vpa": " Asha@OKAXIS "}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EscrowCommands commands;

    @MockitoBean
    EscrowQueries queries;

    @MockitoBean
    ReceiptRenderer receipts;

    @MockitoBean
    JwtDecoder jwtDecoder;

    private static RequestPostProcessor user() {
        return jwt().jwt(token ->
                        token.subject(USER.toString()).claim("name", "Asha").claim("roles", List.of("USER")))
                .authorities(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Test
    void aValidEscrowIsCreatedWithItsCode() throws Exception {
        given(commands.create(any(), any(), any())).willReturn(escrow());

        mvc.perform(post("/api/escrows")
                        .with(user())
                        .header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_PARTNER"))
                .andExpect(jsonPath("$.code").value("K7Q3MX"))
                .andExpect(jsonPath("$.currency").value("INR"))
                .andExpect(jsonPath("$.myRole").value("PAYER"))
                .andExpect(jsonPath("$.codeExpiresAt").exists())
                .andExpect(jsonPath("$.payee").doesNotExist());

        verify(commands)
                .create(
                        eq(new Actor(USER, false)),
                        eq("Asha"),
                        org.mockito.ArgumentMatchers.argThat(
                                (CreateEscrow c) -> c.vpa().equals("Asha@okaxis")
                                        && c.idempotencyKey().equals("k-1")
                                        && c.terms().paymentMode() == PaymentMode.INTENT));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"title\":\"Bike\",\"amountPaise\":99,\"role\":\"PAYER\",\"vpa\":\"a@okaxis\"}|AMOUNT_TOO_SMALL",
                "{\"title\":\"Bike\",\"amountPaise\":10000001,\"role\":\"PAYER\",\"vpa\":\"a@okaxis\"}|AMOUNT_ABOVE_UPI_LIMIT",
                "{\"title\":\"Bike\",\"role\":\"PAYER\",\"vpa\":\"a@okaxis\"}|AMOUNT_REQUIRED",
                "{\"title\":\" \",\"amountPaise\":500,\"role\":\"PAYER\",\"vpa\":\"a@okaxis\"}|TITLE_REQUIRED",
                "{\"title\":\"Bike\",\"amountPaise\":500,\"role\":\"BOSS\",\"vpa\":\"a@okaxis\"}|INVALID_ROLE",
                "{\"title\":\"Bike\",\"amountPaise\":500,\"role\":\"PAYER\",\"vpa\":\"not-a-vpa\"}|INVALID_VPA",
                "{\"title\":\"Bike\",\"amountPaise\":500,\"role\":\"PAYER\",\"vpa\":\"a@ok\",\"paymentMode\":\"CASH\"}|INVALID_PAYMENT_MODE",
                "{\"title\": |MALFORMED_REQUEST"
            })
    void invalidEscrowsAreProblemsWithStableCodes(String body, String code) throws Exception {
        mvc.perform(post("/api/escrows")
                        .with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type")
                        .value("https://trustpay.dev/problems/"
                                + code.toLowerCase().replace('_', '-')))
                .andExpect(jsonPath("$.title").exists())
                .andExpect(jsonPath("$.detail").exists());
        verifyNoInteractions(commands);
    }

    @Test
    void aRefusedInputIsNamedInTheProblemsErrors() throws Exception {
        mvc.perform(post("/api/escrows")
                        .with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Bike\",\"amountPaise\":99,\"role\":\"PAYER\",\"vpa\":\"a@okaxis\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AMOUNT_TOO_SMALL"))
                .andExpect(jsonPath("$.instance").value("/api/escrows"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("amountPaise"))
                .andExpect(jsonPath("$.errors[0].message").exists());
    }

    @Test
    void aTitleLongerThanTheLimitIsRefused() throws Exception {
        String body = "{\"title\":\"" + "x".repeat(101) + "\",\"amountPaise\":500,\"role\":\"PAYER\",\"vpa\":\"a@ok\"}";

        mvc.perform(post("/api/escrows")
                        .with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TITLE_TOO_LONG"));
    }

    @Test
    void aMalformedJoinCodeIsRefusedBeforeAnyLookup() throws Exception {
        mvc.perform(post("/api/escrows/join")
                        .with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ABCDE0\",\"vpa\":\"ravi@ybl\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_CODE"));
        verifyNoInteractions(commands);
    }

    @Test
    void anExpiredCodeIsGone() throws Exception {
        given(queries.preview("K7Q3MX"))
                .willThrow(new ProblemException(ProblemException.Kind.GONE, "CODE_EXPIRED", "expired"));

        mvc.perform(get("/api/escrows/by-code/k7q3mx").with(user()))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.code").value("CODE_EXPIRED"));
    }

    @Test
    void anExpiredCodeFromTheDomainIsGone() throws Exception {
        given(queries.preview("K7Q3MX"))
                .willThrow(new EscrowRuleException(EscrowRuleException.Kind.CODE_GONE, "CODE_EXPIRED", "expired"));

        mvc.perform(get("/api/escrows/by-code/k7q3mx").with(user()))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CODE_EXPIRED"))
                .andExpect(jsonPath("$.type").value("https://trustpay.dev/problems/code-expired"));
    }

    @ParameterizedTest
    @CsvSource({
        "NOT_PERMITTED, ONLY_PARTIES, 403",
        "CONFLICT, PAYER_CANNOT_CANCEL_HELD, 409",
        "WRONG_STATUS, ILLEGAL_TRANSITION, 409",
        "INVALID_INPUT, REASON_REQUIRED, 400",
        "UNACCEPTABLE_CONTENT, NOTE_TOO_LONG, 422"
    })
    void theDomainsRefusalsAreProblemsWithTheirCodesAtTheEdge(String kind, String code, int status) throws Exception {
        UUID id = UUID.randomUUID();
        given(commands.cancel(any(), eq(id), any()))
                .willThrow(new EscrowRuleException(EscrowRuleException.Kind.valueOf(kind), code, "refused", "reason"));

        mvc.perform(post("/api/escrows/" + id + "/cancel").with(user()))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").value("refused"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void anEscrowSaysWhatTheCallerMayDoAndWhoActsNext() throws Exception {
        Escrow escrow = held();
        given(queries.get(any(), eq(escrow.id()))).willReturn(escrow);

        mvc.perform(get("/api/escrows/" + escrow.id()).with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.myRole").value("PAYER"))
                .andExpect(jsonPath("$.allowedActions", contains("CONFIRM", "DISPUTE")))
                .andExpect(jsonPath("$.nextStep").value("Your turn: confirm when the deal is done"));

        escrow.confirm(Actor.user(USER));
        mvc.perform(get("/api/escrows/" + escrow.id()).with(user()))
                .andExpect(jsonPath("$.allowedActions", contains("DISPUTE")))
                .andExpect(jsonPath("$.nextStep").value("Waiting for the payee to confirm"));

        mvc.perform(get("/api/escrows/" + escrow.id()).with(admin()))
                .andExpect(jsonPath("$.myRole").doesNotExist())
                .andExpect(jsonPath("$.allowedActions", contains("CANCEL")))
                .andExpect(jsonPath("$.nextStep").value("Waiting for the payee to confirm"));
    }

    @Test
    void aNewEscrowOffersItsCreatorOnlyToCancel() throws Exception {
        given(commands.create(any(), any(), any())).willReturn(escrow());

        mvc.perform(post("/api/escrows")
                        .with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.allowedActions", contains("CANCEL")))
                .andExpect(jsonPath("$.nextStep").value("Waiting for your partner to join with the code"));
    }

    @Test
    void historyRowsAreFactsForTheUiToWordAndKeepTheInternalLineFromParties() throws Exception {
        UUID id = UUID.randomUUID();
        given(queries.history(any(), eq(id)))
                .willReturn(List.of(new TimelineEntry(
                        "FundsHeld",
                        EscrowStatus.PAYMENT_PENDING,
                        EscrowStatus.HELD,
                        null,
                        new TimelineFacts(250_000L, "RRN7", null, null, null, null, "250000 paise held (attempt 1)"),
                        Instant.now())));

        mvc.perform(get("/api/escrows/" + id + "/history").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("FundsHeld"))
                .andExpect(jsonPath("$[0].toStatus").value("HELD"))
                .andExpect(jsonPath("$[0].actor.role").value("SYSTEM"))
                .andExpect(jsonPath("$[0].amountPaise").value(250_000))
                .andExpect(jsonPath("$[0].references.paymentRrn").value("RRN7"))
                .andExpect(jsonPath("$[0].type").doesNotExist())
                .andExpect(jsonPath("$[0].detail").doesNotExist())
                .andExpect(jsonPath("$[0].internal").doesNotExist());
    }

    @Test
    void anIllegalActionIsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        given(commands.confirm(any(), eq(id)))
                .willThrow(new IllegalTransitionException(EscrowStatus.RELEASED, "confirm"));

        mvc.perform(post("/api/escrows/" + id + "/confirm").with(user()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"))
                .andExpect(jsonPath("$.detail").value("Cannot confirm an escrow that is RELEASED"));
    }

    @Test
    void anEscrowTheCallerMayNotSeeIsNotFound() throws Exception {
        UUID id = UUID.randomUUID();
        given(queries.get(any(), eq(id))).willThrow(ProblemException.notFound("ESCROW_NOT_FOUND", "none"));

        mvc.perform(get("/api/escrows/" + id).with(user()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ESCROW_NOT_FOUND"));
    }

    @Test
    void anIdThatIsNoUuidIsABadRequest() throws Exception {
        mvc.perform(get("/api/escrows/not-a-uuid").with(user()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/escrows"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"))
                .andExpect(jsonPath("$.type").value("https://trustpay.dev/problems/authentication-required"));
    }

    @Test
    void usersCannotUseTheAdminApi() throws Exception {
        mvc.perform(post("/api/admin/escrows/" + UUID.randomUUID() + "/retry-release")
                        .with(user()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownResolutionOutcomeIsRefused() throws Exception {
        RequestPostProcessor admin = jwt().jwt(
                        token -> token.subject(USER.toString()).claim("roles", List.of("ADMIN")))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));

        mvc.perform(post("/api/admin/escrows/" + UUID.randomUUID() + "/resolve")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"HALVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_OUTCOME"));
        verify(commands, org.mockito.Mockito.never()).resolve(any(), any(), anyBoolean(), any());
    }

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString())
                        .claim("name", "Ops")
                        .claim("roles", List.of("USER", "ADMIN")))
                .authorities(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    /** The caller (USER) is the payer; Ravi joined and the money is held. */
    private static Escrow held() {
        Escrow escrow = escrow();
        escrow.join(new Party(UUID.randomUUID(), "Ravi", "ravi@ybl"), Instant.now());
        escrow.paymentSucceeded(
                new PaymentReceipt(1, "pay_ref_1", 250_000, "setu_1", "rrn1", "asha@okaxis", Instant.now()),
                Instant.now());
        return escrow;
    }

    private static Escrow escrow() {
        EscrowTerms terms = new EscrowTerms("Used bicycle", null, 250_000, PaymentMode.INTENT);
        return Escrow.open(
                        UUID.randomUUID(),
                        terms,
                        PartyRole.PAYER,
                        new Party(USER, "Asha", "Asha@okaxis"),
                        "K7Q3MX",
                        "Amber Falcon",
                        Instant.now(),
                        Duration.ofDays(7))
                .escrow();
    }
}
