/** Provider ports and the values they exchange; no HTTP client, Spring web or Kafka types. */
package com.trustpay.payment.provider.domain;
