/** The projection's tables, {@code person} and {@code escrow_facts}, with merging upserts. */
package com.trustpay.notification.directory.persistence;
