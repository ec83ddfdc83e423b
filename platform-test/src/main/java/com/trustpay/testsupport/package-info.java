/**
 * Test support: one real PostgreSQL and one real Kafka per test JVM, a fresh database and Kafka prefix per test
 * class ({@link com.trustpay.testsupport.RealInfrastructure}), never mocks of either. Beside it: recording topics
 * ({@code kafka}), golden-message checks ({@code contracts}), provider signatures ({@code providers}) and the shared
 * architecture rules ({@code architecture}).
 */
package com.trustpay.testsupport;
