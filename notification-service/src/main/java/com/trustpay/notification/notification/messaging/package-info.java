/** The Kafka edge: {@code escrow.events}, {@code payment.events}, {@code payout.events} and {@code ops.alerts}. */
package com.trustpay.notification.notification.messaging;
