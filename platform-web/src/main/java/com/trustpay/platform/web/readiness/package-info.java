/**
 * The production-readiness check every service and the gateway run at start: unless the {@code sandbox} profile is
 * active, the application refuses to start while a required secret is empty, a known sandbox default is in effect, a
 * signing key would be generated for the process, a provider URL points at the sandbox or a local address, or a
 * data key ring for encryption at rest is missing, short or the sandbox's (ADR 0020). Each
 * service lists what to check under {@code trustpay.readiness.*} in its own {@code application.yml}; the check runs
 * as an environment post-processor, before any bean, connection or migration (ADR 0009).
 */
package com.trustpay.platform.web.readiness;
