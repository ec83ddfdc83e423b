package com.trustpay.testsupport;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database made for one test class: where it is and how to log in. */
public record TestDatabase(String jdbcUrl, String username, String password, String name) {

    /** A plain, unpooled data source for tests that run without a Spring context. */
    public DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(jdbcUrl, username, password);
    }
}
