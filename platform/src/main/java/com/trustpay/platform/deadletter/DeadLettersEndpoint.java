package com.trustpay.platform.deadletter;

import com.trustpay.platform.deadletter.DeadLetters.Result;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SecurityContext;
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
 *
 * <p>In a service with web security (escrow-service) every operation needs the {@code ADMIN} role, whatever the
 * service's own rules for the management port; a service without it relies on its management port being reachable
 * by operators only.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    static final int LIST_LIMIT = 100;
    static final String ADMIN_ROLE = "ADMIN";
    private static final int FORBIDDEN = 403;
    private static final int CONFLICT = 409;

    private final DeadLetters deadLetters;

    public DeadLettersEndpoint(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @ReadOperation
    public WebEndpointResponse<Object> list(SecurityContext security, @Nullable String status) {
        if (!allowed(security)) {
            return forbidden();
        }
        String wanted = status == null ? DeadLetter.OPEN : status.strip().toUpperCase(Locale.ROOT);
        if (!List.of(DeadLetter.OPEN, DeadLetter.REPLAYED, DeadLetter.DISCARDED, "ALL")
                .contains(wanted)) {
            return error("status must be OPEN, REPLAYED, DISCARDED or ALL", WebEndpointResponse.STATUS_BAD_REQUEST);
        }
        return new WebEndpointResponse<>(deadLetters.list("ALL".equals(wanted) ? null : wanted, LIST_LIMIT));
    }

    @ReadOperation
    public WebEndpointResponse<DeadLetter> one(SecurityContext security, @Selector long id) {
        if (!allowed(security)) {
            return new WebEndpointResponse<>(FORBIDDEN);
        }
        return deadLetters
                .find(id)
                .map(WebEndpointResponse::new)
                .orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
    }

    @WriteOperation
    public WebEndpointResponse<Object> act(
            SecurityContext security, @Selector long id, @Selector String action, @Nullable String note) {
        if (!allowed(security)) {
            return forbidden();
        }
        Result result;
        switch (action) {
            case "replay" -> result = deadLetters.replay(id);
            case "discard" -> {
                if (note == null || note.isBlank() || note.length() > DeadLetters.MAX_NOTE) {
                    return error(
                            "a discard needs a note of 1 to " + DeadLetters.MAX_NOTE + " characters",
                            WebEndpointResponse.STATUS_BAD_REQUEST);
                }
                result = deadLetters.discard(id, note);
            }
            default -> {
                return error("action must be replay or discard", WebEndpointResponse.STATUS_BAD_REQUEST);
            }
        }
        return new WebEndpointResponse<>(result, status(result.outcome()));
    }

    /** A caller the service's security knows must be an admin; one it does not know came through the private port. */
    private static boolean allowed(SecurityContext security) {
        return security == null || security.getPrincipal() == null || security.isUserInRole(ADMIN_ROLE);
    }

    private static WebEndpointResponse<Object> forbidden() {
        return error("dead letters are for admins (role " + ADMIN_ROLE + ")", FORBIDDEN);
    }

    private static WebEndpointResponse<Object> error(String text, int status) {
        return new WebEndpointResponse<>(Map.of("error", text), status);
    }

    private static int status(Result.Outcome outcome) {
        return switch (outcome) {
            case REPLAYED, ALREADY_REPLAYED, DISCARDED -> WebEndpointResponse.STATUS_OK;
            case NOT_FOUND -> WebEndpointResponse.STATUS_NOT_FOUND;
            case NOT_OPEN -> CONFLICT;
            case FAILED -> WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR;
        };
    }
}
