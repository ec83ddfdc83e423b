package com.trustpay.payment.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.servlet.ServletProblems;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InternalAccessFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRemoteCallerWithoutTheTokenGetsTheInternalOnlyProblem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/internal/transactions");
        request.setRemoteAddr("10.1.2.3");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new InternalAccessFilter("", new ServletProblems(JSON)).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "instance", "code");
        assertThat(problem.get("type").asString()).isEqualTo("https://trustpay.dev/problems/internal-only");
        assertThat(problem.get("code").asString()).isEqualTo("INTERNAL_ONLY");
        assertThat(problem.get("instance").asString()).isEqualTo("/internal/transactions");
    }

    @Test
    void theRightTokenIsLetThroughFromAnywhere() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/internal/transactions");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("X-Internal-Token", "s3cret");
        MockFilterChain chain = new MockFilterChain();

        new InternalAccessFilter("s3cret", new ServletProblems(JSON))
                .doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
