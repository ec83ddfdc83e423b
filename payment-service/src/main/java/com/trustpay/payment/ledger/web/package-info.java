/** {@code GET /internal/ledger/escrows/{id}}: an escrow's ledger accounts, balances and transfers. */
package com.trustpay.payment.ledger.web;
