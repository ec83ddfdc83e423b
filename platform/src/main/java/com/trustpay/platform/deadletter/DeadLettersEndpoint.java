package com.trustpay.platform.deadletter;

import com.trustpay.platform.deadletter.DeadLetters.Result;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The operator's command for dead letters, {@code /actuator/deadletters} on the management port (expose it with
 * {@code management.endpoints.web.exposure.include}; never on a public port):
 *
 * <ul>
 *   <li>{@code GET /actuator/deadletters[?status=OPEN|REPLAYED|DISCARDED|ALL]}: the newest 100 (open by default);
 *   <li>{@code GET /actuator/deadletters/{id}}: one;
 *   <li>{@code POST /actuator/deadletters/{id}/replay}: hands it again to the listener that failed on it;
 *   <li>{@code POST /actuator/deadletters/{id}/discard} with {@code {"note": "why"}}: closes it unprocessed.
 * </ul>
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    static final int LIST_LIMIT = 100;

    private final DeadLetters deadLetters;

    public DeadLettersEndpoint(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @ReadOperation
    public WebEndpointResponse<Object> list(@Nullable String status) {
        String wanted = status == null ? DeadLetter.OPEN : status.strip().toUpperCase(Locale.ROOT);
        if (!List.of(DeadLetter.OPEN, DeadLetter.REPLAYED, DeadLetter.DISCARDED, "ALL")
                .contains(wanted)) {
            return new WebEndpointResponse<>(
                    "status must be OPEN, REPLAYED, DISCARDED or ALL", WebEndpointResponse.STATUS_BAD_REQUEST);
        }
        return new WebEndpointResponse<>(deadLetters.list("ALL".equals(wanted) ? null : wanted, LIST_LIMIT));
    }

    @ReadOperation
    public WebEndpointResponse<DeadLetter> one(@Selector long id) {
        return deadLetters
                .find(id)
                .map(WebEndpointResponse::new)
                .orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
    }

    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector long id, @Selector String action, @Nullable String note) {
        Result result;
        switch (action) {
            case "replay" -> result = deadLetters.replay(id);
            case "discard" -> {
                if (note == null || note.isBlank() || note.length() > DeadLetters.MAX_NOTE) {
                    return new WebEndpointResponse<>(
                            "a discard needs a note of 1 to " + DeadLetters.MAX_NOTE + " characters",
                            WebEndpointResponse.STATUS_BAD_REQUEST);
                }
                result = deadLetters.discard(id, note);
            }
            default -> {
                return new WebEndpointResponse<>(
                        "action must be replay or discard", WebEndpointResponse.STATUS_BAD_REQUEST);
            }
        }
        return new WebEndpointResponse<>(result, status(result.outcome()));
    }

    private static int status(Result.Outcome outcome) {
        return switch (outcome) {
            case REPLAYED, ALREADY_REPLAYED, DISCARDED -> WebEndpointResponse.STATUS_OK;
            case NOT_FOUND -> WebEndpointResponse.STATUS_NOT_FOUND;
            case NOT_OPEN -> 409;
            case FAILED -> WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR;
        };
    }
}
