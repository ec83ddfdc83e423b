/**
 * Starts a service's real configuration without the {@code sandbox} profile, as production would, and reports
 * whether platform-web's production-readiness check lets it through: each service's test that it refuses to start
 * on its sandbox defaults and passes with real-looking values.
 */
package com.trustpay.testsupport.readiness;
