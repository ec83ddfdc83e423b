package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.persistence.EscrowKey;
import com.trustpay.platform.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque page cursor of the escrow lists: base64url of the last shown escrow's (created_at in microseconds, id)
 * and a checksum over both, so that an edited or truncated cursor is refused ({@code INVALID_CURSOR}) instead of
 * silently starting somewhere else. The checksum is not a secret: a cursor only says where a page starts, and every
 * list applies the caller's own filter (a party sees only their escrows) whatever the cursor says.
 */
final class EscrowCursor {

    private static final byte VERSION = 1;
    private static final int CHECKSUM = 8;
    private static final int LENGTH = 1 + Long.BYTES + 2 * Long.BYTES + CHECKSUM;

    private EscrowCursor() {}

    static String after(Escrow escrow) {
        var s = escrow.snapshot();
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.put(VERSION)
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, s.createdAt()))
                .putLong(s.id().getMostSignificantBits())
                .putLong(s.id().getLeastSignificantBits());
        buffer.put(checksum(Arrays.copyOf(buffer.array(), LENGTH - CHECKSUM)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The key a cursor points after; null for no cursor (the first page). */
    static EscrowKey parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor.strip());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != LENGTH || bytes[0] != VERSION) {
            throw invalid();
        }
        byte[] body = Arrays.copyOf(bytes, LENGTH - CHECKSUM);
        if (!MessageDigest.isEqual(checksum(body), Arrays.copyOfRange(bytes, LENGTH - CHECKSUM, LENGTH))) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(body, 1, body.length - 1);
        Instant createdAt = Instant.EPOCH.plus(buffer.getLong(), ChronoUnit.MICROS);
        return new EscrowKey(createdAt, new UUID(buffer.getLong(), buffer.getLong()));
    }

    private static byte[] checksum(byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("trustpay-escrow-cursor".getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha.digest(body), CHECKSUM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(
                "cursor", "INVALID_CURSOR", "This page cursor is not one we gave out: start again from the first page");
    }
}
