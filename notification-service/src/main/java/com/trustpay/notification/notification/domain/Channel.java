package com.trustpay.notification.notification.domain;

/** How a notification reaches its recipient. */
public enum Channel {
    /** The feed and the live stream. */
    IN_APP,
    /** A mail through the SMTP queue. */
    EMAIL
}
