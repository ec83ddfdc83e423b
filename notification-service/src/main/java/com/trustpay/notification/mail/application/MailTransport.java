package com.trustpay.notification.mail.application;

import java.util.Map;

/** Hands one mail to the mail server (SMTP in every environment; GreenMail locally and in tests). */
public interface MailTransport {

    /**
     * Sends the mail, or throws {@link Failed} when the server did not take it.
     *
     * @param headers extra headers, e.g. {@code List-Unsubscribe}
     */
    void send(String to, String subject, String text, String html, Map<String, String> headers);

    /** The server did not accept the mail: unreachable, refused, timed out. */
    class Failed extends RuntimeException {
        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
