package com.trustpay.platform.web.servlet;

import java.io.IOException;

/** Reading a request body went past the limit; the web edge answers 413 (the rest of the body is never read). */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }

    /** Whether this exception is {@code e} or one of its causes. */
    static boolean isCauseOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
