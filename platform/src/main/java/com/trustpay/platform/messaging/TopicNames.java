package com.trustpay.platform.messaging;

import com.trustpay.contracts.Topics;

/**
 * Turns business topic names into the names used on the broker (with the configured prefix). Listener
 * annotations use it through SpEL, e.g. {@code topics = "#{topicNames.of('payment.events')}"}.
 */
public final class TopicNames {

    private final String prefix;

    public TopicNames(String prefix) {
        this.prefix = prefix;
    }

    public String of(String topic) {
        return prefix + topic;
    }

    public String deadLetterOf(String topic) {
        return prefix + Topics.deadLetterOf(topic);
    }

    /** The consumer-group id for a service (or a service's listener). */
    public String group(String name) {
        return prefix + name;
    }

    public String prefix() {
        return prefix;
    }
}
