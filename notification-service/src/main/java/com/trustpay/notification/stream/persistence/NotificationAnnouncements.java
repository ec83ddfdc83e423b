package com.trustpay.notification.stream.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * LISTENs on the channel every stored in-app notification is announced on (by {@code pg_notify} in the storing
 * transaction, so only committed ones are heard), on a connection of its own outside the pool, and hands each
 * payload to {@code onAnnouncement}. When the connection is lost it reconnects with a growing pause and then calls
 * {@code onReconnect}, since announcements made meanwhile were not heard.
 */
public class NotificationAnnouncements implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationAnnouncements.class);
    private static final int POLL_MILLIS = 500;

    private final String url;
    private final String username;
    private final String password;
    private final String channel;
    private final Consumer<String> onAnnouncement;
    private final Runnable onReconnect;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread worker;

    public NotificationAnnouncements(
            String url,
            String username,
            String password,
            String channel,
            Consumer<String> onAnnouncement,
            Runnable onReconnect) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.channel = channel;
        this.onAnnouncement = onAnnouncement;
        this.onReconnect = onReconnect;
    }

    /** Whether the LISTEN is in place now (for health and tests). */
    public boolean isListening() {
        return listening;
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("notification-listen").daemon().start(this::loop);
    }

    private void loop() {
        Duration pause = Duration.ofMillis(200);
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listening = true;
                if (!first) {
                    onReconnect.run();
                }
                first = false;
                pause = Duration.ofMillis(200);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            handle(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn(
                            "Lost the LISTEN connection for notifications; reconnecting in {}: {}",
                            pause,
                            e.toString());
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                            ? Duration.ofSeconds(10)
                            : pause.multipliedBy(2);
                }
            }
        }
        listening = false;
    }

    private void handle(String payload) {
        try {
            onAnnouncement.accept(payload);
        } catch (RuntimeException e) {
            log.warn("Could not hand a notification to its streams: {}", e.toString());
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
