package com.trustpay.notification.notification.application;

import com.trustpay.notification.notification.domain.Audience;
import com.trustpay.notification.notification.domain.Notification;
import com.trustpay.notification.notification.persistence.NotificationRepository;
import com.trustpay.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A recipient's in-app notifications: newest first, a page at a time, and marking them read. Another user's
 * notification is answered as not found, never as forbidden, so its existence is not given away.
 */
public class Feed {

    public static final int MAX_PAGE = 100;

    /**
     * One page.
     *
     * @param next the cursor of the next (older) page, or {@code null} at the end
     * @param unread how many of the audience's notifications are unread in all
     */
    public record Page(List<Notification> items, String next, long unread) {}

    private final NotificationRepository notifications;

    public Feed(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public Page page(Audience audience, String cursor, boolean unreadOnly, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE);
        List<Notification> rows = notifications.page(audience.keys(), before(cursor), unreadOnly, limit + 1);
        boolean more = rows.size() > limit;
        List<Notification> items = more ? rows.subList(0, limit) : rows;
        String next = more ? Long.toString(items.getLast().seq()) : null;
        return new Page(List.copyOf(items), next, notifications.unread(audience.keys()));
    }

    public long unread(Audience audience) {
        return notifications.unread(audience.keys());
    }

    public void markRead(Audience audience, UUID id) {
        if (!notifications.markRead(id, audience.keys())) {
            throw ProblemException.notFound("NOTIFICATION_NOT_FOUND", "There is no such notification for you.");
        }
    }

    /** @return how many were unread */
    public int markAllRead(Audience audience) {
        return notifications.markAllRead(audience.keys());
    }

    /** What a stream that last saw {@code seq} missed, oldest first. */
    public List<Notification> since(Audience audience, long seq, int limit) {
        return notifications.after(audience.keys(), seq, limit);
    }

    /** The stored in-app notification {@code seq}, whoever it is for: the stream hub sends it to its audience. */
    public Optional<Notification> stored(long seq) {
        return notifications.bySeq(seq);
    }

    /** The seq of the newest notification the audience can see, or 0. */
    public long latest(Audience audience) {
        return notifications.latestSeq(audience.keys());
    }

    private static Long before(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(cursor.strip());
            if (seq < 1) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "CURSOR_INVALID", "This page cursor is not one we gave out.");
        }
    }
}
