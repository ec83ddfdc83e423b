/** Webhook hints: match to our records, then read from the provider. */
package com.trustpay.payment.inbound.application;
