package com.trustpay.testsupport.architecture;

import java.util.Locale;

/** The roles inside a feature package, as STYLE.md names them: {@code <feature>.<role>}. */
public enum Role {
    /** The model: records, state machines, rules; knows no framework. */
    DOMAIN,
    /** Use cases and the transaction boundary. */
    APPLICATION,
    /** The HTTP edge: controllers, filters, problem responses. */
    WEB,
    /** The Kafka edge: listeners and the mapping of wire messages. */
    MESSAGING,
    /** Repositories and SQL. */
    PERSISTENCE;

    /** The package name of the role, e.g. {@code domain}. */
    public String packageName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
