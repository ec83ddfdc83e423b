package com.trustpay.reconciliation.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the admin API through the service's real security filter chain with a bearer token's claims already
 * verified (the token's signature check is escrow-service's keys' business and is not what these tests are about).
 */
public final class Admin {

    private final MockMvc mvc;
    private final JsonMapper json;

    public Admin(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public record Answer(int status, String contentType, String body, JsonNode json) {
        public String code() {
            return json == null || json.get("code") == null
                    ? null
                    : json.get("code").asString();
        }
    }

    public static RequestPostProcessor admin() {
        return jwt().jwt(t ->
                        t.subject("0b7f6c1e-0000-4000-8000-00000000ad11").claim("roles", java.util.List.of("ADMIN")))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    public static RequestPostProcessor user() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_USER"));
    }

    public Answer get(String path) {
        return call(MockMvcRequestBuilders.get(path).with(admin()));
    }

    public Answer post(String path, Map<String, ?> body) {
        return call(MockMvcRequestBuilders.post(path)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    public Answer call(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            String type = response.getContentType();
            JsonNode node = type != null && type.contains("json") && !body.isEmpty() ? json.readTree(body) : null;
            return new Answer(response.getStatus(), type, body, node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
