package com.trustpay.escrow.escrow.application;

import com.trustpay.platform.problem.ProblemException;

/**
 * Which page of a list a caller asks for: {@code limit} escrows (1–100, 20 unless given) after {@code cursor} (the
 * {@code nextCursor} of the previous page; none for the first).
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** From the raw query parameters; a limit that is no whole number from 1 to 100 is {@code INVALID_LIMIT}. */
    public static PageRequest of(String rawLimit, String cursor) {
        if (rawLimit == null || rawLimit.isBlank()) {
            return new PageRequest(DEFAULT_LIMIT, cursor);
        }
        int limit;
        try {
            limit = Integer.parseInt(rawLimit.strip());
        } catch (NumberFormatException e) {
            throw invalidLimit();
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalidLimit();
        }
        return new PageRequest(limit, cursor);
    }

    private static ProblemException invalidLimit() {
        return ProblemException.invalid(
                "limit",
                "INVALID_LIMIT",
                "limit is a whole number from 1 to " + MAX_LIMIT + " (" + DEFAULT_LIMIT + " if left out)");
    }
}
