/**
 * The devstack: one command starts Kafka (in-process KRaft), PostgreSQL (local or embedded), the sandbox and every
 * built service as processes wired together; {@link com.trustpay.devstack.Stack} is reused by the system tests.
 */
package com.trustpay.devstack;
