package com.trustpay.systemtests;

import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.Api.Reply;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** The public API of ARCHITECTURE §8 as a person's client uses it. */
final class TrustPayApi {

    /** A signed-up, logged-in person. */
    record User(String name, String email, String token) {}

    private final Api api;

    TrustPayApi(String base) {
        this.api = new Api(base);
    }

    User signUp(String firstName) {
        String email =
                firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        String password = "password-" + UUID.randomUUID();
        api.post("/api/auth/register", null, Map.of("name", firstName, "email", email, "password", password))
                .expect(202); // the same answer whether or not the e-mail has an account
        return logIn(firstName, email, password);
    }

    User admin() {
        return logIn("Admin", "admin@trustpay.local", "admin-password-change-me");
    }

    private User logIn(String name, String email, String password) {
        String token = api.post("/api/auth/login", null, Map.of("email", email, "password", password))
                .expect(200)
                .json()
                .get("accessToken")
                .asString();
        return new User(name, email, token);
    }

    JsonNode create(User user, String role, long amountPaise, String vpa, String mode) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title", "Deal " + UUID.randomUUID().toString().substring(0, 6),
                "amountPaise", amountPaise,
                "role", role,
                "vpa", vpa));
        if (mode != null) {
            body.put("paymentMode", mode);
        }
        return api.post("/api/escrows", user.token(), body).expect(201).json();
    }

    Reply join(User user, String code, String vpa) {
        return api.post("/api/escrows/join", user.token(), Map.of("code", code, "vpa", vpa));
    }

    Reply get(User user, String path) {
        return api.get(path, user.token());
    }

    Reply post(User user, String path, Object body) {
        return api.post(path, user.token(), body);
    }

    JsonNode escrow(User user, String id) {
        return api.get("/api/escrows/" + id, user.token()).expect(200).json();
    }

    JsonNode payment(User user, String id) {
        return api.get("/api/escrows/" + id + "/payment", user.token())
                .expect(200)
                .json();
    }

    /** Waits (bounded) until the escrow shows {@code status}; fails early if it settles elsewhere for good. */
    JsonNode awaitStatus(User user, String id, String status, Duration atMost) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().alias("escrow " + id + " reaches " + status)
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    last.set(escrow(user, id));
                    return status.equals(last.get().get("status").asString());
                });
        return last.get();
    }

    /** Waits until the payer's payment view offers a way to pay (an intent link, or a collect id). */
    JsonNode awaitPaymentRequest(User payer, String id) {
        return awaitPaymentRequest(payer, id, 1);
    }

    /** Waits until the payment view offers a way to pay for the given attempt. */
    JsonNode awaitPaymentRequest(User payer, String id, int attempt) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().alias("payment request " + attempt + " for " + id)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode view = payment(payer, id);
                    last.set(view);
                    boolean payable = view.hasNonNull("intentLink") || view.hasNonNull("collectId");
                    return payable
                            && "PENDING".equals(view.path("status").asString())
                            && view.path("attempt").asInt(1) == attempt;
                });
        return last.get();
    }
}
