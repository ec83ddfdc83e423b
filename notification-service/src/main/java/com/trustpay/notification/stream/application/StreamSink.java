package com.trustpay.notification.stream.application;

import com.trustpay.notification.notification.domain.Notification;
import java.io.IOException;

/** One open stream as the hub sees it; the web edge writes it as Server-Sent Events. */
public interface StreamSink {

    /** Sends one notification, with its seq as the event id. */
    void send(Notification notification) throws IOException;

    /** Sends a comment that keeps proxies and the browser from closing an idle stream. */
    void heartbeat() throws IOException;

    /** Ends the stream (the client reconnects with Last-Event-ID). */
    void close();
}
