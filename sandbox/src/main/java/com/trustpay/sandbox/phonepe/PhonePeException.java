package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.ProviderException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A PhonePe API error. PhonePe's 4xx body is UNCONFIRMED (PROVIDERS.md 2.4); the sandbox answers the shape its SDKs
 * read into {@code PhonePeException}: {@code {"code", "message", "data": {}}}, with the stable codes listed in the
 * sandbox README.
 */
class PhonePeException extends ProviderException {

    /** The error body. */
    record Body(String code, String message, Map<String, Object> data) {}

    private final String code;

    PhonePeException(HttpStatus status, String code, String message) {
        super(status, message);
        this.code = code;
    }

    static PhonePeException badRequest(String message) {
        return new PhonePeException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message);
    }

    static PhonePeException unauthorized(String message) {
        return new PhonePeException(HttpStatus.UNAUTHORIZED, "AUTHORIZATION_FAILED", message);
    }

    @Override
    public Body body() {
        return new Body(code, getMessage(), Map.of());
    }
}
