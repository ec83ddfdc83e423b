package com.trustpay.platform.messaging;

import java.util.UUID;

/**
 * The message being handled on this thread, if any, so that messages written while handling it inherit its
 * correlation id and name it as their cause.
 *
 * @param traceparent W3C trace context of the message being handled, or {@code null}
 */
public record MessageContext(UUID eventId, UUID correlationId, String traceparent) {

    private static final ThreadLocal<MessageContext> CURRENT = new ThreadLocal<>();

    /** The context of the message being handled, or {@code null} when the thread is not handling one. */
    public static MessageContext current() {
        return CURRENT.get();
    }

    /** Runs {@code work} as the handling of the given message. */
    public static void runAs(MessageContext context, Runnable work) {
        MessageContext previous = CURRENT.get();
        CURRENT.set(context);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
