/** Queueing, sending and retrying mail; preferences and unsubscribe links. */
package com.trustpay.notification.mail.application;
