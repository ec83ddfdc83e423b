package com.trustpay.escrow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a test client sees it, through MockMvc and the real security filters. */
public final class Api {

    /** A response: status, body as JSON (or null), raw bytes and content type. */
    public record Response(int status, JsonNode json, byte[] bytes, String contentType, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name);
        }

        public String code() {
            return json == null || json.get("code") == null
                    ? null
                    : json.get("code").asString();
        }

        public String text(String field) {
            JsonNode node = json.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public UUID id() {
            return UUID.fromString(text("id"));
        }
    }

    private final MockMvc mvc;
    private final JsonMapper json;

    public Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public Response call(HttpMethod method, String path, String token, Object body, Map<String, String> headers)
            throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
        }
        return response(mvc.perform(request).andReturn().getResponse());
    }

    /** Sends the body exactly as given (JSON a client wrote by hand, not serialised by us). */
    public Response raw(String path, String token, byte[] body, Map<String, String> headers) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.POST, path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        request.contentType(MediaType.APPLICATION_JSON).content(body);
        return response(mvc.perform(request).andReturn().getResponse());
    }

    public Response raw(String path, String token, String body) throws Exception {
        return raw(path, token, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
    }

    private Response response(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        String type = response.getContentType();
        JsonNode node = type != null && type.contains("json") && bytes.length > 0 ? json.readTree(bytes) : null;
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        response.getHeaderNames().forEach(name -> headers.put(name, response.getHeader(name)));
        return new Response(response.getStatus(), node, bytes, type, headers);
    }

    public Response get(String path, String token) throws Exception {
        return call(HttpMethod.GET, path, token, null, Map.of());
    }

    public Response post(String path, String token, Object body) throws Exception {
        return call(HttpMethod.POST, path, token, body, Map.of());
    }

    /** Registers a user and returns an access token for them. */
    public String signUp(String name) throws Exception {
        String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
        Response registered =
                post("/api/auth/register", null, Map.of("name", name, "email", email, "password", "secret-password"));
        assertThat(registered.status()).isEqualTo(202);
        return login(email, "secret-password");
    }

    public String login(String email, String password) throws Exception {
        Response login = post("/api/auth/login", null, Map.of("email", email, "password", password));
        assertThat(login.status()).isEqualTo(200);
        return login.text("accessToken");
    }
}
