package com.trustpay.platform.messaging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/** A failure in words an operator can act on: the listener's exception and its causes, bounded in length. */
public final class FailureReasons {

    /** Longest reason kept; a stack of wrapped SQL errors can run to kilobytes. */
    public static final int MAX_LENGTH = 2000;

    private FailureReasons() {}

    public static String describe(Throwable failure) {
        Throwable t = failure;
        while (t instanceof ListenerExecutionFailedException && t.getCause() != null) {
            t = t.getCause();
        }
        StringBuilder reason = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (; t != null && seen.add(t) && reason.length() < MAX_LENGTH; t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getName());
            if (t.getMessage() != null) {
                reason.append(": ").append(t.getMessage());
            }
        }
        String text = reason.toString().replace('\u0000', ' ');
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
