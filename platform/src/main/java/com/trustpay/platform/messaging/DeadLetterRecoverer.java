package com.trustpay.platform.messaging;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;

/**
 * What happens to a record the error handler gives up on: the service's {@link DeadLetterSink} keeps it first (the
 * database is the record an operator works from), then it is published to {@code <topic>.DLT}. If either step
 * fails the record stays where it is and is retried, so a dead letter is never only half written.
 */
final class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final ObjectProvider<DeadLetterSink> sinks;

    DeadLetterRecoverer(DeadLetterPublishingRecoverer publisher, ObjectProvider<DeadLetterSink> sinks) {
        this.publisher = publisher;
        this.sinks = sinks;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
        FailureKind kind = FailureClassifier.classify(exception);
        String group = group(consumer);
        DeadLetterSink sink = sinks.getIfAvailable();
        if (sink != null) {
            sink.deadLettered(record, group, exception, kind);
        }
        publisher.accept(record, consumer, exception);
        log.error(
                "Dead-lettered {}-{}@{} for group {} ({}): {}",
                record.topic(),
                record.partition(),
                record.offset(),
                group,
                kind,
                FailureReasons.describe(exception));
    }

    private static String group(@Nullable Consumer<?, ?> consumer) {
        String group = KafkaUtils.getConsumerGroupId();
        if (group == null && consumer != null) {
            group = consumer.groupMetadata().groupId();
        }
        return group == null ? "" : group;
    }
}
