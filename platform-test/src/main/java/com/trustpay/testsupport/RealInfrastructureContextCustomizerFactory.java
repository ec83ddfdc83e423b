package com.trustpay.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Gives each {@link RealInfrastructure} test class its own database and Kafka prefix. */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!AnnotatedElementUtils.hasAnnotation(testClass, RealInfrastructure.class)) {
            return null;
        }
        return new PerClass(testClass);
    }

    /** Equal only for the same test class, so no two classes share a context (or a database). */
    private record PerClass(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            TestDatabase db = TestPostgres.instance().newDatabase(testClass.getSimpleName());
            String kafka = TestKafka.instance().bootstrapServers();
            Map<String, Object> props = Map.of(
                    "spring.datasource.url", db.jdbcUrl(),
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(),
                    "spring.kafka.bootstrap-servers", kafka,
                    "trustpay.kafka.prefix", TestKafka.uniquePrefix());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("trustpay-real-infrastructure", props));
        }
    }
}
