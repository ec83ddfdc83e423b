package com.trustpay.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * With {@link RealInfrastructure}: the class's {@code spring.datasource.url} reaches its database through a
 * {@link TcpForwarder}, a bean of the context, so a test can {@link TcpForwarder#cut() cut} the service off its
 * database and {@link TcpForwarder#restore() restore} it, without touching the PostgreSQL server other builds share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface CuttableDatabase {}
