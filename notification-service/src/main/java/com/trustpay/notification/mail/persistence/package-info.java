/** {@code mail_message} and {@code mail_preference}. */
package com.trustpay.notification.mail.persistence;
