/** Notifications, recipients, categories and the money format of the texts; plain Java. */
package com.trustpay.notification.notification.domain;
