package com.trustpay.notification.stream.application;

import com.trustpay.notification.notification.domain.Audience;
import com.trustpay.notification.stream.persistence.TicketRepository;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Single-use tickets that open a stream: 256 random bits, valid for a short while, stored only as their SHA-256 so
 * that the table never holds a usable ticket. Redeeming marks the ticket used in the same statement that checks it,
 * so one ticket opens one stream, on whichever instance it is presented.
 */
public class StreamTickets {

    /** A ticket handed to its user, and until when it works. */
    public record Ticket(String value, Instant expiresAt) {}

    private final TicketRepository tickets;
    private final SecureRandom random;
    private final Duration ttl;
    private final Clock clock;

    public StreamTickets(TicketRepository tickets, SecureRandom random, Duration ttl, Clock clock) {
        this.tickets = tickets;
        this.random = random;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Ticket issue(Audience audience) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(ttl);
        tickets.insert(hash(value), audience.userId(), audience.admin(), expiresAt);
        return new Ticket(value, expiresAt);
    }

    /** The audience of a ticket that is unused and unexpired, which it then is no longer. */
    public Optional<Audience> redeem(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            return Optional.empty();
        }
        return tickets.redeem(hash(ticket.strip()), clock.instant());
    }

    /** Forgets tickets that expired a while ago. */
    public int purge() {
        return tickets.deleteExpiredBefore(clock.instant().minus(Duration.ofHours(1)));
    }

    private static byte[] hash(String ticket) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(ticket.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
