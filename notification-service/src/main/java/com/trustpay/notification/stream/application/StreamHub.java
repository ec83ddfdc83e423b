package com.trustpay.notification.stream.application;

import com.trustpay.notification.notification.application.Feed;
import com.trustpay.notification.notification.domain.Audience;
import com.trustpay.notification.notification.domain.Notification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open streams of this instance, by recipient key. A stored notification is announced (by PostgreSQL, from
 * whichever instance stored it) as {@code <recipient>:<seq>}; the hub loads it once and sends it to every stream of
 * that recipient. A stream that opens with a Last-Event-ID first gets what it missed, oldest first; what arrives
 * meanwhile waits, so nothing is lost, duplicated or reordered across a reconnect.
 */
public class StreamHub {

    /** The most a reconnecting stream is sent at once; older misses stay in the feed. */
    public static final int MAX_REPLAY = 500;

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

    private final Feed feed;
    private final Map<String, Set<Subscription>> byRecipient = new ConcurrentHashMap<>();

    public StreamHub(Feed feed) {
        this.feed = feed;
    }

    /** Opens a stream for {@code audience}; {@code lastSeen} is the Last-Event-ID it reconnects with, if any. */
    public Subscription open(Audience audience, Long lastSeen, StreamSink sink) {
        // A fresh stream starts after the newest notification it could have seen, so a later catch-up never
        // sends it the whole history.
        long from = lastSeen == null ? feed.latest(audience) : lastSeen;
        Subscription subscription = new Subscription(audience, sink, from);
        for (String key : audience.keys()) {
            byRecipient.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscription);
        }
        List<Notification> missed = lastSeen == null ? List.of() : feed.since(audience, lastSeen, MAX_REPLAY);
        if (!subscription.replay(missed)) {
            close(subscription);
        }
        return subscription;
    }

    /** A notification was stored (on any instance): {@code payload} is {@code <recipient>:<seq>}. */
    public void announced(String payload) {
        int colon = payload.lastIndexOf(':');
        if (colon < 1) {
            log.warn("Ignoring a notification announcement that is not <recipient>:<seq>");
            return;
        }
        Set<Subscription> listening = byRecipient.get(payload.substring(0, colon));
        if (listening == null || listening.isEmpty()) {
            return;
        }
        Optional<Notification> stored = feed.stored(Long.parseLong(payload.substring(colon + 1)));
        stored.ifPresent(n -> List.copyOf(listening).forEach(s -> deliver(s, n)));
    }

    /**
     * After this instance lost its LISTEN connection for a while: every stream is sent what it missed since the
     * last notification it got.
     */
    public void catchUp() {
        for (Subscription subscription : subscriptions()) {
            feed.since(subscription.audience(), subscription.lastSeq(), MAX_REPLAY)
                    .forEach(n -> deliver(subscription, n));
        }
    }

    public void heartbeat() {
        for (Subscription subscription : subscriptions()) {
            if (!subscription.heartbeat()) {
                close(subscription);
            }
        }
    }

    /** How many streams are open on this instance. */
    public int open() {
        return subscriptions().size();
    }

    public void close(Subscription subscription) {
        for (String key : subscription.audience().keys()) {
            Set<Subscription> set = byRecipient.get(key);
            if (set != null) {
                set.remove(subscription);
            }
        }
        subscription.sink().close();
    }

    private void deliver(Subscription subscription, Notification notification) {
        if (!subscription.deliver(notification)) {
            close(subscription);
        }
    }

    private List<Subscription> subscriptions() {
        Set<Subscription> all = ConcurrentHashMap.newKeySet();
        byRecipient.values().forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /**
     * One open stream: what it last got, and, while its missed notifications are being sent, what arrived meanwhile.
     * Sends are serialised per stream.
     */
    public static final class Subscription {
        private final Audience audience;
        private final StreamSink sink;
        private final List<Notification> arrivedDuringReplay = new ArrayList<>();
        private boolean replaying = true;
        private long lastSeq;

        Subscription(Audience audience, StreamSink sink, long lastSeen) {
            this.audience = audience;
            this.sink = sink;
            this.lastSeq = lastSeen;
        }

        Audience audience() {
            return audience;
        }

        StreamSink sink() {
            return sink;
        }

        synchronized long lastSeq() {
            return lastSeq;
        }

        synchronized boolean replay(List<Notification> missed) {
            List<Notification> all = new ArrayList<>(missed);
            all.addAll(arrivedDuringReplay);
            all.sort((a, b) -> Long.compare(a.seq(), b.seq()));
            arrivedDuringReplay.clear();
            replaying = false;
            for (Notification n : all) {
                if (!send(n)) {
                    return false;
                }
            }
            return true;
        }

        synchronized boolean deliver(Notification notification) {
            if (replaying) {
                arrivedDuringReplay.add(notification);
                return true;
            }
            return send(notification);
        }

        private boolean send(Notification notification) {
            if (notification.seq() <= lastSeq) {
                return true;
            }
            try {
                sink.send(notification);
                lastSeq = notification.seq();
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        synchronized boolean heartbeat() {
            try {
                sink.heartbeat();
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }
}
