package com.trustpay.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.event.ContextClosedEvent;
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

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/(.*)");

    /** Equal only for the same test class, so no two classes share a context (or a database). */
    private record PerClass(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            TestDatabase db = TestPostgres.instance().newDatabase(testClass.getSimpleName());
            String kafka = TestKafka.instance().bootstrapServers();
            String jdbcUrl = db.jdbcUrl();
            if (AnnotatedElementUtils.hasAnnotation(testClass, CuttableDatabase.class)) {
                jdbcUrl = throughForwarder(context, jdbcUrl);
            }
            Map<String, Object> props = Map.of(
                    "spring.datasource.url", jdbcUrl,
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(),
                    "spring.kafka.bootstrap-servers", kafka,
                    "trustpay.kafka.prefix", TestKafka.uniquePrefix());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("trustpay-real-infrastructure", props));
        }

        /** Starts a forwarder to the database's host and port, registers it as a bean, and returns its URL. */
        private static String throughForwarder(
                org.springframework.context.ConfigurableApplicationContext context, String jdbcUrl) {
            Matcher url = JDBC_URL.matcher(jdbcUrl);
            if (!url.matches()) {
                throw new IllegalStateException("Cannot put a forwarder in front of " + jdbcUrl);
            }
            int port = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
            TcpForwarder forwarder;
            try {
                forwarder = new TcpForwarder(0, url.group(1), port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getBeanFactory().registerSingleton("databaseForwarder", forwarder);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    try {
                        forwarder.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            });
            return "jdbc:postgresql://127.0.0.1:" + forwarder.port() + "/" + url.group(3);
        }
    }
}
