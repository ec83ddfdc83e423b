/**
 * Who learns what: turns escrow, payment, payout and ops events into notifications for the parties and the
 * operators (one per event, recipient and channel), and serves each recipient's feed.
 */
package com.trustpay.notification.notification;
