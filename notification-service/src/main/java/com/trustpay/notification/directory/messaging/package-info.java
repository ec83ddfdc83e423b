/** The directory's Kafka edge: {@code identity.events}. */
package com.trustpay.notification.directory.messaging;
