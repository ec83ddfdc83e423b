/**
 * The projection notification-service keeps so that it never calls escrow-service per event: people (name, e-mail)
 * from {@code identity.events}, and per escrow its title, friendly name, amount and parties from {@code
 * escrow.events} and {@code payout.events}. Facts arrive in any order and are merged, never overwritten by a gap.
 */
package com.trustpay.notification.directory;
