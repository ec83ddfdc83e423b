/** Mails as the queue holds them, their rendering, and the backoff between attempts; plain Java. */
package com.trustpay.notification.mail.domain;
