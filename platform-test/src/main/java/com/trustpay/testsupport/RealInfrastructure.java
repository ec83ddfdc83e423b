package com.trustpay.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a Spring test against real PostgreSQL and Kafka: the class gets a fresh database and a topic and
 * consumer-group prefix of its own, set as {@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}
 * and {@code trustpay.kafka.prefix}. Its context is closed after the class, so nothing is shared. The {@code sandbox}
 * profile is active: the service's {@code application-sandbox.yml} defaults apply and the production-readiness check
 * stands aside (ADR 0009).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("sandbox")
public @interface RealInfrastructure {}
