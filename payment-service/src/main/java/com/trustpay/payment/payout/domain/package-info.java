/** Payout values: attempts, their references (idempotency keys) and the retry policy. */
package com.trustpay.payment.payout.domain;
