package com.trustpay.platform.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.RequestLimitsProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestLimitFiltersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ServletProblems PROBLEMS = new ServletProblems(JSON);
    private static final RequestLimitsProperties LIMITS =
            new RequestLimitsProperties(DataSize.ofBytes(100), List.of("/api/"));

    private final BodySizeLimitFilter bodyLimit = new BodySizeLimitFilter(LIMITS, PROBLEMS);
    private final IdempotencyKeyFilter idempotencyKeys = new IdempotencyKeyFilter(PROBLEMS);

    /** A request whose body comes chunked: no Content-Length, however long it is. */
    private static MockHttpServletRequest chunked(String path, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body);
        return request;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingReadsTheBody() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/escrows");
        request.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean reached = new AtomicBoolean();

        bodyLimit.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(reached).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        JsonNode body = JSON.readTree(response.getContentAsByteArray());
        assertThat(body.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(body.get("instance").asString()).isEqualTo("/api/escrows");
    }

    @Test
    void aChunkedBodyIsCutAtTheLimitAndAnswered413() throws Exception {
        MockHttpServletRequest request = chunked("/api/escrows", new byte[10_000]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        long[] read = new long[1];

        bodyLimit.doFilter(request, response, (req, res) -> {
            var in = req.getInputStream();
            byte[] buffer = new byte[64];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                read[0] += n;
            }
        });

        assertThat(read[0]).isLessThanOrEqualTo(101);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(JSON.readTree(response.getContentAsByteArray()).get("code").asString())
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        byte[] body = "{\"title\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        MockHttpServletRequest request = chunked("/api/escrows", body);
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[][] seen = new byte[1][];

        bodyLimit.doFilter(
                request, response, (req, res) -> seen[0] = StreamUtils.copyToByteArray(req.getInputStream()));

        assertThat(seen[0]).isEqualTo(body);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void pathsOutsideTheApiKeepTheirOwnLimits() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/setu");
        request.setContent(new byte[500]);
        MockFilterChain chain = new MockFilterChain();

        bodyLimit.doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(StreamUtils.copyToByteArray(passed.getInputStream())).hasSize(500);
    }

    @Test
    void anIdempotencyKeyOutsidePrintableAsciiIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/escrows");
        // UTF-8 "clé" as a servlet container decodes header bytes: ISO-8859-1
        request.addHeader(
                "Idempotency-Key", new String("clé".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean reached = new AtomicBoolean();

        idempotencyKeys.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(reached).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.getContentAsByteArray());
        assertThat(body.get("code").asString()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aPrintableKeyOrNoKeyPasses() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/escrows");
        request.addHeader("Idempotency-Key", "3f1c2a9e-8d1b-4c55-9a5e-2f7d1c0b6a11");
        MockFilterChain chain = new MockFilterChain();
        idempotencyKeys.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        MockFilterChain without = new MockFilterChain();
        idempotencyKeys.doFilter(
                new MockHttpServletRequest("GET", "/api/escrows"), new MockHttpServletResponse(), without);
        assertThat(without.getRequest()).isNotNull();
    }

    @Test
    void aControlCharacterIsNotPrintable() {
        assertThat(IdempotencyKeyFilter.printableAscii("key\u0000")).isFalse();
        assertThat(IdempotencyKeyFilter.printableAscii("key-1 ~")).isTrue();
    }
}
