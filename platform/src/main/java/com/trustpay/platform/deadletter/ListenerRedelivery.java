package com.trustpay.platform.deadletter;

import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchAcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ListenerContainerRegistry;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Redelivers through the very listener that dead-lettered the record: the {@code @KafkaListener} container of this
 * service registered for the record's group and topic. The listener runs as it does for a polled record (decode,
 * {@code ProcessedMessages} guard, its own transaction), so a replay of a message already applied changes nothing.
 */
final class ListenerRedelivery implements Redelivery {

    private final ListenerContainerRegistry registry;

    ListenerRedelivery(ListenerContainerRegistry registry) {
        this.registry = registry;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void redeliver(String group, ConsumerRecord<String, byte[]> record) {
        List<MessageListenerContainer> matches = registry.getListenerContainers().stream()
                .filter(c -> group.equals(c.getGroupId()) && consumes(c.getContainerProperties(), record.topic()))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException(matches.size() + " listeners of group " + group + " consume "
                    + record.topic() + " in this service; a replay needs exactly one");
        }
        Object listener = matches.getFirst().getContainerProperties().getMessageListener();
        switch (listener) {
            case AcknowledgingConsumerAwareMessageListener<?, ?> l ->
                ((AcknowledgingConsumerAwareMessageListener<String, byte[]>) l).onMessage(record, null, null);
            case MessageListener<?, ?> l -> ((MessageListener<String, byte[]>) l).onMessage(record);
            // A batch listener gets the record as a batch of one.
            case BatchAcknowledgingConsumerAwareMessageListener<?, ?> l ->
                ((BatchAcknowledgingConsumerAwareMessageListener<String, byte[]>) l)
                        .onMessage(List.of(record), null, null);
            case BatchMessageListener<?, ?> l -> ((BatchMessageListener<String, byte[]>) l).onMessage(List.of(record));
            case null, default ->
                throw new IllegalStateException("The listener of group " + group + " on " + record.topic()
                        + " is neither a record nor a batch listener (" + listener + ")");
        }
    }

    private static boolean consumes(ContainerProperties properties, String topic) {
        if (properties.getTopics() != null
                && Arrays.asList(properties.getTopics()).contains(topic)) {
            return true;
        }
        return properties.getTopicPattern() != null
                && properties.getTopicPattern().matcher(topic).matches();
    }
}
