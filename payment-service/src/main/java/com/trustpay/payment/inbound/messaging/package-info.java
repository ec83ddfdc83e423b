/** Kafka listeners: decode, then hand to the use cases. */
package com.trustpay.payment.inbound.messaging;
