package com.trustpay.notification.mail.domain;

/** Where a queued mail stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed; an admin was alerted and may queue it again. */
    FAILED,
    /** Not sent: the user turned off this kind of mail. */
    SUPPRESSED
}
