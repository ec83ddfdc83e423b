package com.trustpay.escrow.escrow.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a dispute's thread: the parties argue their case, admins ask and answer. The dispute's reason is
 * the thread's first message.
 *
 * @param author the part the author wrote in: an admin who is also a party writes as that party
 */
public record DisputeMessage(UUID id, UUID authorId, Author author, String text, Instant postedAt) {

    /** The longest message, in characters (code points) after stripping. */
    public static final int MAX_TEXT = 2_000;

    /** Who wrote a message, as the thread shows it. */
    public enum Author {
        PAYER,
        PAYEE,
        ADMIN
    }

    /**
     * The text of a new message, stripped: refuses a missing or blank one ({@code MESSAGE_REQUIRED}) and one longer
     * than {@value #MAX_TEXT} characters ({@code MESSAGE_TOO_LONG}), both as invalid input of {@code text}.
     */
    public static String text(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("text", "MESSAGE_REQUIRED", "Write something in the message");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidInputException(
                    "text", "MESSAGE_TOO_LONG", "A message may have at most " + MAX_TEXT + " characters");
        }
        return text;
    }
}
