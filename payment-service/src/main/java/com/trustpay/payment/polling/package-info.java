/**
 * Status polling, so that a lost webhook never leaves money stuck: every non-terminal attempt, payout and refund
 * carries {@code next_poll_at}; instances claim due rows with {@code FOR UPDATE SKIP LOCKED} and a lease, so the
 * schedule survives restarts and two instances never poll (or pay) the same row at once.
 */
package com.trustpay.payment.polling;
