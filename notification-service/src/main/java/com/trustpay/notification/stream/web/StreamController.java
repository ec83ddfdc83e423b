package com.trustpay.notification.stream.web;

import com.trustpay.notification.notification.domain.Audience;
import com.trustpay.notification.shared.web.Caller;
import com.trustpay.notification.stream.application.StreamHub;
import com.trustpay.notification.stream.application.StreamTickets;
import com.trustpay.platform.web.Problem;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed. The ticket travels in the URL because EventSource can send nothing else; it is single-use and
 * short-lived, and neither this service nor the gateway logs query strings. On reconnect the browser sends the last
 * event id it got as {@code Last-Event-ID}; a page that opens a new EventSource passes it as {@code lastEventId}.
 */
@RestController
class StreamController {

    record TicketResponse(String ticket, Instant expiresAt) {}

    /** Streams end after this and the browser reconnects: no connection lives forever behind a proxy. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final StreamTickets tickets;
    private final StreamHub hub;

    StreamController(StreamTickets tickets, StreamHub hub) {
        this.tickets = tickets;
        this.hub = hub;
    }

    @PostMapping("/api/notifications/stream-tickets")
    @ResponseStatus(HttpStatus.CREATED)
    TicketResponse ticket(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.of(jwt);
        StreamTickets.Ticket ticket = tickets.issue(new Audience(caller.userId(), caller.admin()));
        return new TicketResponse(ticket.value(), ticket.expiresAt());
    }

    @GetMapping(value = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<?> stream(
            @RequestParam(required = false) String ticket,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventHeader,
            @RequestParam(required = false) String lastEventId)
            throws IOException {
        Optional<Audience> audience = tickets.redeem(ticket);
        if (audience.isEmpty()) {
            return Problem.of(
                            HttpStatus.UNAUTHORIZED,
                            "STREAM_TICKET_INVALID",
                            "This stream ticket is unknown, used or expired; ask for a new one.")
                    .toResponseEntity();
        }
        Long lastSeen = seq(lastEventHeader != null ? lastEventHeader : lastEventId);
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        emitter.send(SseEmitter.event().reconnectTime(3_000).comment("connected"));
        StreamHub.Subscription subscription = hub.open(audience.get(), lastSeen, new SseSink(emitter));
        emitter.onCompletion(() -> hub.close(subscription));
        emitter.onTimeout(() -> hub.close(subscription));
        emitter.onError(e -> hub.close(subscription));
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }

    private static Long seq(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(lastEventId.strip());
            return seq < 0 ? null : seq;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
