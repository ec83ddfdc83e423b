/** Ledger use: what the payment features post, always inside their own transaction. */
package com.trustpay.payment.ledger.application;
