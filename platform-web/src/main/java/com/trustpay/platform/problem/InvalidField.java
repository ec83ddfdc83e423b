package com.trustpay.platform.problem;

import java.util.Objects;

/**
 * One refused input of a request, listed in a problem's {@code errors} member.
 *
 * @param field the input's name as the client sent it, e.g. {@code amountPaise}
 * @param message what is wrong with it, in words a person understands
 */
public record InvalidField(String field, String message) {

    public InvalidField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
