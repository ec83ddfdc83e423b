/**
 * TrustPay's wire contracts: topic names, the envelope, and one record per message. No Spring and no JPA live
 * here, so that every service and any Kafka client can depend on it. Each message type has a golden JSON
 * example under {@code golden/} on the classpath.
 */
package com.trustpay.contracts;
