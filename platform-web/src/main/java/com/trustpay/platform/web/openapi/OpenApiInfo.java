package com.trustpay.platform.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The head of every servlet service's OpenAPI document ({@code /v3/api-docs}, shown together on the gateway's API
 * docs page): the service's name and the version it was built as (the build's {@code build-info.properties}), not
 * springdoc's placeholder {@code v0}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiInfo {

    /** What a document says when the service runs from classes without build information (an IDE, a test). */
    public static final String UNBUILT = "unbuilt";

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI trustPayOpenApi(Environment environment, ObjectProvider<BuildProperties> build) {
        return document(
                environment.getProperty("spring.application.name", "service"),
                environment.getProperty("trustpay.openapi.description"),
                build.getIfAvailable());
    }

    static OpenAPI document(String service, String description, BuildProperties build) {
        String version = build == null || build.getVersion() == null ? UNBUILT : build.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("TrustPay " + service)
                        .version(version)
                        .description(description == null ? "The " + service + " API of TrustPay." : description));
    }
}
