package com.trustpay.platform.web.servlet;

import com.trustpay.platform.web.json.StrictJson;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC reads and writes JSON with {@link StrictJson}'s copy of the application's mapper. Ordered last, so it
 * replaces the JSON converter Spring Boot sets up; writing is unchanged (strictness is about reading only).
 */
public class StrictJsonRequests implements ServerHttpMessageConvertersCustomizer, Ordered {

    private final JsonMapper strict;

    public StrictJsonRequests(JsonMapper applicationMapper) {
        this.strict = StrictJson.of(applicationMapper);
    }

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
