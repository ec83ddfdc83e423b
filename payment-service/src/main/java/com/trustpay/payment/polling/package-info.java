/**
 * Status polling, so that a lost webhook never leaves money stuck: every non-terminal attempt, payout and refund
 * carries {@code next_poll_at}; instances claim due rows with {@code FOR UPDATE SKIP LOCKED} and a lease (the
 * platform's {@code DueRows}), one row at a time as each is worked, so the schedule survives restarts and two
 * instances never poll (or pay) the same row at once. The features register what they poll as {@code DueWork}
 * beans and use {@code PollSchedule} for their next poll; this package depends on none of them.
 */
package com.trustpay.payment.polling;
