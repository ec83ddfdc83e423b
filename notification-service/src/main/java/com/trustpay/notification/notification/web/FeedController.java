package com.trustpay.notification.notification.web;

import com.trustpay.notification.notification.application.Feed;
import com.trustpay.notification.notification.domain.Audience;
import com.trustpay.notification.shared.web.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's feed (admins also see the operators' feed in it). */
@RestController
@RequestMapping("/api/notifications")
class FeedController {

    record FeedPage(List<NotificationResponse> items, String next, long unread) {}

    record Unread(long unread) {}

    record MarkedRead(int marked) {}

    private final Feed feed;

    FeedController(Feed feed) {
        this.feed = feed;
    }

    @GetMapping
    FeedPage page(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "20") int size) {
        Feed.Page page = feed.page(audience(jwt), cursor, unread, size);
        return new FeedPage(page.items().stream().map(NotificationResponse::of).toList(), page.next(), page.unread());
    }

    @GetMapping("/unread-count")
    Unread unread(@AuthenticationPrincipal Jwt jwt) {
        return new Unread(feed.unread(audience(jwt)));
    }

    @PostMapping("/{id}/read")
    Unread read(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Audience audience = audience(jwt);
        feed.markRead(audience, id);
        return new Unread(feed.unread(audience));
    }

    @PostMapping("/read-all")
    MarkedRead readAll(@AuthenticationPrincipal Jwt jwt) {
        return new MarkedRead(feed.markAllRead(audience(jwt)));
    }

    private static Audience audience(Jwt jwt) {
        Caller caller = Caller.of(jwt);
        return new Audience(caller.userId(), caller.admin());
    }
}
