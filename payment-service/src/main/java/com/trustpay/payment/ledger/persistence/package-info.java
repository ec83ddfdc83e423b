/** The {@code ledger_account} and {@code ledger_transfer} tables. */
package com.trustpay.payment.ledger.persistence;
