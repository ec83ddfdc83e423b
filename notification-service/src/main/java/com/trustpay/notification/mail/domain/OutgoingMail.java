package com.trustpay.notification.mail.domain;

import java.util.UUID;

/**
 * A stored mail.
 *
 * @param userId the user it goes to, or {@code null} for the operators
 * @param lastError why the last attempt failed, or {@code null}
 */
public record OutgoingMail(
        UUID id,
        UUID notificationId,
        UUID userId,
        boolean critical,
        String subject,
        String textBody,
        String htmlBody,
        MailStatus status,
        int attempts,
        String lastError) {}
