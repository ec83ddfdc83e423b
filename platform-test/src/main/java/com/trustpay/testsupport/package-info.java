/**
 * Test support: one real PostgreSQL and one real Kafka per test JVM, a fresh database and Kafka prefix per test
 * class ({@link com.trustpay.testsupport.RealInfrastructure}), never mocks of either.
 */
package com.trustpay.testsupport;
