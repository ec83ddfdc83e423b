/** Ledger values: accounts, transfers, their ids and what a reservation came to. */
package com.trustpay.payment.ledger.domain;
