package com.trustpay.platform.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.trustpay.platform.problem.ProblemException;
import com.trustpay.platform.web.json.StrictJson;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

class ProblemHandlerTest {

    @RestController
    static class Failing {

        record Thing(String name) {}

        @GetMapping("/self-join")
        String selfJoin() {
            throw ProblemException.conflict("SELF_JOIN", "You created this escrow");
        }

        @GetMapping("/amount")
        String amount() {
            throw ProblemException.invalid("amountPaise", "AMOUNT_TOO_SMALL", "At least 100 paise");
        }

        @GetMapping("/locked")
        String locked() {
            throw ProblemException.tooManyRequests("LOGIN_LOCKED", "Too many failed logins", 30);
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("password=hunter2");
        }

        @GetMapping("/denied")
        String denied() {
            throw new AccessDeniedException("no");
        }

        @GetMapping("/things/{id}")
        String thing(@PathVariable UUID id) {
            return id.toString();
        }

        @PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
        String create(@RequestBody Thing thing) {
            return thing.name();
        }

        record Amount(String title, Long amountPaise) {}

        @PostMapping(path = "/amounts", consumes = MediaType.APPLICATION_JSON_VALUE)
        String amount(@RequestBody Amount amount) {
            return amount.title() + amount.amountPaise();
        }

        @PostMapping("/too-large")
        String tooLarge() {
            throw new HttpMessageNotReadableException(
                    "I/O error", new BodyTooLargeException(65536), new MockHttpInputMessage(new byte[0]));
        }

        @PostMapping("/too-large-raw")
        String tooLargeRaw() {
            throw new UncheckedIOException(new BodyTooLargeException(65536));
        }

        @GetMapping("/validated")
        String validated() throws Exception {
            MapBindingResult result = new MapBindingResult(new HashMap<>(), "create");
            result.rejectValue("amountPaise", "Min", "must be at least 100");
            result.rejectValue("vpa", "Pattern", "must look like name@bank");
            throw new MethodArgumentNotValidException(
                    new MethodParameter(Failing.class.getDeclaredMethod("validated"), -1), result);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemHandler())
            .build();

    private final MockMvc strict = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemHandler())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(
                    StrictJson.of(JsonMapper.builder().build())))
            .build();

    @Test
    void aFractionForAWholeNumberIsRefusedNamingTheField() throws Exception {
        strict.perform(post("/amounts").contentType(MediaType.APPLICATION_JSON).content("{\"amountPaise\":150.99}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_TYPE"))
                .andExpect(jsonPath("$.type").value("https://trustpay.dev/problems/invalid-field-type"))
                .andExpect(jsonPath("$.errors[0].field").value("amountPaise"))
                .andExpect(
                        jsonPath("$.detail").value("amountPaise must be a whole number, without quotes or a fraction"));
    }

    @Test
    void aNumberSentAsTextIsRefusedNamingTheField() throws Exception {
        strict.perform(post("/amounts").contentType(MediaType.APPLICATION_JSON).content("{\"amountPaise\":\"15000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_TYPE"))
                .andExpect(jsonPath("$.errors[0].field").value("amountPaise"));
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() throws Exception {
        strict.perform(post("/amounts").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"a\\u0000b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("NUL_CHARACTER"))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void aStrictlyReadBodyAsWrittenIsTaken() throws Exception {
        strict.perform(post("/amounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"a\",\"amountPaise\":15000}"))
                .andExpect(status().isOk())
                .andExpect(content().string("\"a15000\""));
    }

    @Test
    void aBodyCutAtTheLimitIs413WhereverItSurfaces() throws Exception {
        mvc.perform(post("/too-large"))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        mvc.perform(post("/too-large-raw"))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void aTooManyRequestsProblemCarriesRetryAfter() throws Exception {
        mvc.perform(get("/locked"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.code").value("LOGIN_LOCKED"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(30));
    }

    @Test
    void aProblemExceptionIsAnsweredWithItsKindAndCode() throws Exception {
        mvc.perform(get("/self-join"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustpay.dev/problems/self-join"))
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("You created this escrow"))
                .andExpect(jsonPath("$.instance").value("/self-join"))
                .andExpect(jsonPath("$.code").value("SELF_JOIN"))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void aRefusedFieldIsListedInErrors() throws Exception {
        mvc.perform(get("/amount"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AMOUNT_TOO_SMALL"))
                .andExpect(jsonPath("$.errors[0].field").value("amountPaise"))
                .andExpect(jsonPath("$.errors[0].message").value("At least 100 paise"));
    }

    @Test
    void beanValidationIsValidationFailedWithEveryField() throws Exception {
        mvc.perform(get("/validated"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.type").value("https://trustpay.dev/problems/validation-failed"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("amountPaise"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at least 100"))
                .andExpect(jsonPath("$.errors[1].field").value("vpa"));
    }

    @Test
    void anUnexpectedErrorSaysNothingAboutItsCause() throws Exception {
        String body = mvc.perform(get("/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.detail").value("Something went wrong on our side"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("hunter2").doesNotContain("IllegalState");
    }

    @Test
    void unreadableJsonIsAMalformedRequest() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.instance").value("/things"));
    }

    @Test
    void aPathSegmentOfTheWrongTypeIsAMalformedRequest() throws Exception {
        mvc.perform(get("/things/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aWrongMethodKeepsItsAllowHeader() throws Exception {
        mvc.perform(delete("/self-join"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aWrongContentTypeIsUnsupported() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aSecurityRefusalIsLeftToTheSecurityFilters() {
        assertThatThrownBy(() -> mvc.perform(get("/denied"))).hasRootCauseInstanceOf(AccessDeniedException.class);
    }
}
