package com.trustpay.testsupport.kafka;

import com.trustpay.contracts.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Records one or more topics, from their beginning or from now, and keeps every record it has seen so that a test
 * can wait, with a bounded wait, for the message it expects.
 *
 * <p>It reads committed records only, with partitions assigned directly (no consumer group whose join a test would
 * have to wait for). A topic that does not exist yet is looked for again on every read, and read from its
 * beginning once it appears: everything in a topic created after the recorder was made is newer than "now". The
 * recorder never creates a topic itself. Reads happen on the calling thread (a Kafka consumer is single-threaded),
 * inside the waits and the queries, so a query always includes what has arrived by then.
 */
public final class TopicRecorder implements AutoCloseable {

    /** How long a wait lasts unless {@link #waitingAtMost} says otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration LOOKUP = Duration.ofSeconds(2);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> waitingFor;
    private final List<String> topics;
    private final Set<TopicPartition> assigned = new LinkedHashSet<>();
    private final List<Recorded> seen = new ArrayList<>();
    private Duration wait = DEFAULT_WAIT;

    private TopicRecorder(String bootstrap, List<String> topics, boolean fromStart) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("Name at least one topic to record");
        }
        this.topics = List.copyOf(topics);
        this.waitingFor = new LinkedHashSet<>(topics);
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        assignTopicsThatExist(fromStart);
    }

    /** Records {@code topics} from their first record on. */
    public static TopicRecorder fromStart(String bootstrap, String... topics) {
        return new TopicRecorder(bootstrap, List.of(topics), true);
    }

    /** Records only what is published to {@code topics} after this call returns. */
    public static TopicRecorder fromNow(String bootstrap, String... topics) {
        return new TopicRecorder(bootstrap, List.of(topics), false);
    }

    /** Makes every later wait of this recorder last at most {@code atMost}. */
    public synchronized TopicRecorder waitingAtMost(Duration atMost) {
        this.wait = atMost;
        return this;
    }

    /** Waits for the first record that matches, and returns it. */
    public synchronized Recorded await(Predicate<Recorded> match) {
        awaitUntil(all -> all.stream().anyMatch(match), "a matching record");
        return seen.stream().filter(match).findFirst().orElseThrow();
    }

    /** Waits until the records seen so far, taken together, satisfy {@code done}, and returns them all. */
    public synchronized List<Recorded> awaitAll(Predicate<List<Recorded>> done) {
        awaitUntil(done, "records that satisfy the condition");
        return List.copyOf(seen);
    }

    /** Waits for the first message of {@code type} about {@code escrowId}. */
    public synchronized <T extends Message> T await(Class<T> type, UUID escrowId) {
        return await(type, escrowId, 1).getFirst();
    }

    /** Waits until {@code count} messages of {@code type} about {@code escrowId} were seen; returns all of them. */
    public synchronized <T extends Message> List<T> await(Class<T> type, UUID escrowId, int count) {
        awaitUntil(
                all -> all.stream().filter(r -> r.is(type, escrowId)).count() >= count,
                count + " × " + type.getSimpleName() + " about " + escrowId);
        return matching(type, escrowId);
    }

    /** The messages of {@code type} about {@code escrowId} seen so far (after reading what has arrived), in order. */
    public synchronized <T extends Message> List<T> messages(Class<T> type, UUID escrowId) {
        read();
        return matching(type, escrowId);
    }

    /** The type names of every message about {@code escrowId} seen so far (after reading what has arrived). */
    public synchronized List<String> typesOf(UUID escrowId) {
        read();
        return seen.stream()
                .filter(r -> r.isMessage() && escrowId.equals(r.envelope().escrowId()))
                .map(r -> r.envelope().type())
                .toList();
    }

    /** Every record seen so far, after reading what has arrived. */
    public synchronized List<Recorded> records() {
        read();
        return List.copyOf(seen);
    }

    /**
     * Keeps reading for the whole of {@code period} and returns everything seen: for a test that checks that
     * something arrives once and not again, after it waited for the first copy.
     */
    public synchronized List<Recorded> recordFor(Duration period) {
        Instant end = Instant.now().plus(period);
        while (Instant.now().isBefore(end)) {
            read();
        }
        return List.copyOf(seen);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }

    private void awaitUntil(Predicate<List<Recorded>> done, String what) {
        try {
            Awaitility.await()
                    .atMost(wait)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        read();
                        return done.test(seen);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "No " + what + " on " + topics + " within " + wait + "; saw " + seen.size() + ": " + summary(), e);
        }
    }

    private <T extends Message> List<T> matching(Class<T> type, UUID escrowId) {
        return seen.stream()
                .filter(r -> r.is(type, escrowId))
                .map(r -> type.cast(r.message()))
                .toList();
    }

    private void read() {
        if (!waitingFor.isEmpty()) {
            assignTopicsThatExist(true);
        }
        if (assigned.isEmpty()) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            seen.add(new Recorded(record));
        }
    }

    /** Assigns the partitions of every awaited topic that exists now, positioned at its start or its end. */
    private void assignTopicsThatExist(boolean fromStart) {
        List<TopicPartition> found = new ArrayList<>();
        for (String topic : List.copyOf(waitingFor)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, LOOKUP);
            if (partitions != null && !partitions.isEmpty()) {
                partitions.forEach(p -> found.add(new TopicPartition(topic, p.partition())));
                waitingFor.remove(topic);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        assigned.addAll(found);
        consumer.assign(assigned);
        if (fromStart) {
            consumer.seekToBeginning(found);
        } else {
            consumer.seekToEnd(found);
        }
        // Resolve the positions now: a lazy seek would be resolved at the first poll, after records published
        // in between, and "from now" would miss them.
        found.forEach(consumer::position);
    }

    private String summary() {
        return seen.stream()
                .map(Recorded::describe)
                .collect(Collectors.groupingBy(d -> d, LinkedHashMap::new, Collectors.counting()))
                .toString();
    }
}
