package com.trustpay.notification.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API through MockMvc and the real security filters. */
public final class Api {

    /** A response: status and body as JSON (or null). */
    public record Response(int status, JsonNode json) {

        public String code() {
            return json == null || json.get("code") == null
                    ? null
                    : json.get("code").asString();
        }

        /** The {@code items} of a feed page. */
        public List<JsonNode> items() {
            List<JsonNode> items = new ArrayList<>();
            json.get("items").forEach(items::add);
            return items;
        }

        /** The {@code kind} of each item of a feed page, newest first. */
        public List<String> kinds() {
            return items().stream().map(n -> n.get("kind").asString()).toList();
        }
    }

    private final MockMvc mvc;
    private final JsonMapper json;

    public Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public Response call(HttpMethod method, String path, String token, Object body) {
        try {
            MockHttpServletRequestBuilder request = request(method, path);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            byte[] bytes = response.getContentAsByteArray();
            String type = response.getContentType();
            JsonNode node = type != null && type.contains("json") && bytes.length > 0 ? json.readTree(bytes) : null;
            return new Response(response.getStatus(), node);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public Response get(String path, String token) {
        return call(HttpMethod.GET, path, token, null);
    }

    public Response post(String path, String token, Object body) {
        return call(HttpMethod.POST, path, token, body);
    }

    public Response put(String path, String token, Object body) {
        return call(HttpMethod.PUT, path, token, body);
    }
}
