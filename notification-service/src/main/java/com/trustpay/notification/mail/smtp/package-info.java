/** The SMTP adapter of {@code MailTransport}: Spring's {@code JavaMailSender}, multipart HTML + plain text. */
package com.trustpay.notification.mail.smtp;
