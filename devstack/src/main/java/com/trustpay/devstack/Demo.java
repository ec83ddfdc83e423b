package com.trustpay.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Walks one escrow through its whole life against a running stack with plain HTTP calls, printing each state as
 * it changes: two users sign up, one creates, the other joins, the payer pays through the sandbox's mock payer,
 * both confirm, the payee is paid out.
 */
public final class Demo {

    private final Api api;
    private final Api sandbox;
    private final PrintStream out;
    private String lastStatus = "";

    public Demo(String apiBase, String sandboxBase, PrintStream out) {
        this.api = new Api(apiBase);
        this.sandbox = new Api(sandboxBase);
        this.out = out;
    }

    public void run() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String payer = signUp("Asha " + run, "asha-" + run + "@demo.trustpay.local");
        String payee = signUp("Ravi " + run, "ravi-" + run + "@demo.trustpay.local");
        out.println("Signed up two users: asha-" + run + " (payer) and ravi-" + run + " (payee)");

        JsonNode escrow = api.post(
                        "/api/escrows",
                        payer,
                        Map.of("title", "Used bicycle", "amountPaise", 250_000, "role", "PAYER", "vpa", "success@upi"))
                .expect(201)
                .json();
        String id = escrow.get("id").asString();
        out.println("Created escrow " + escrow.get("name").asString() + " for ₹2,500.00, code "
                + escrow.get("code").asString());
        show(escrow);

        api.post("/api/escrows/join", payee, Map.of("code", escrow.get("code").asString(), "vpa", "success@okaxis"))
                .expect(200);
        JsonNode payment = awaitPaymentLink(id, payer);
        out.println("Payment link: " + payment.get("intentLink").asString());

        pay(payment.get("intentLink").asString(), 250_000);
        awaitStatus(id, payer, "HELD");
        api.post("/api/escrows/" + id + "/confirm", payer, null).expect(200);
        out.println("Payer confirmed");
        api.post("/api/escrows/" + id + "/confirm", payee, null).expect(200);
        out.println("Payee confirmed");
        awaitStatus(id, payer, "RELEASED");
        out.println("Timeline:");
        for (JsonNode row :
                api.get("/api/escrows/" + id + "/history", payer).expect(200).json()) {
            String at = row.path("at").asString("");
            out.printf(
                    "  %s  %-16s -> %-16s %s %s%n",
                    at.length() >= 19 ? at.substring(11, 19) : at,
                    row.path("fromStatus").asString("-"),
                    row.path("toStatus").asString(""),
                    row.path("kind").asString(""),
                    row.path("amountPaise").isMissingNode()
                            ? ""
                            : row.path("amountPaise").asLong() + " paise");
        }
        out.println("Demo complete: escrow " + id + " RELEASED");
    }

    private String signUp(String name, String email) {
        String password = "demo-password-" + UUID.randomUUID();
        api.post("/api/auth/register", null, Map.of("name", name, "email", email, "password", password))
                .expect(202); // the same answer whether or not the e-mail has an account
        return api.post("/api/auth/login", null, Map.of("email", email, "password", password))
                .expect(200)
                .json()
                .get("accessToken")
                .asString();
    }

    private JsonNode awaitPaymentLink(String id, String token) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            show(api.get("/api/escrows/" + id, token).expect(200).json());
            JsonNode payment = api.get("/api/escrows/" + id + "/payment", token).json();
            if (payment.hasNonNull("intentLink")) {
                return payment;
            }
            pause();
        }
        throw new IllegalStateException("No payment link after 60 s");
    }

    /** Pays the way a UPI app would in the sandbox: the mock payer action, keyed by the link's {@code tr}. */
    private void pay(String intentLink, long amountPaise) {
        SandboxPayer payer = new SandboxPayer(sandbox);
        payer.payRef(SandboxPayer.tr(intentLink), "success@upi", amountPaise, payer.setuToken());
        out.println("Payer paid through the sandbox (success@upi)");
    }

    private void awaitStatus(String id, String token, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode escrow = api.get("/api/escrows/" + id, token).expect(200).json();
            show(escrow);
            if (status.equals(escrow.get("status").asString())) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("Escrow " + id + " did not reach " + status + " (last: " + lastStatus + ")");
    }

    private void show(JsonNode escrow) {
        String status = escrow.get("status").asString();
        if (!status.equals(lastStatus)) {
            out.printf("  %-8s status %s%n", Instant.now().toString().substring(11, 19), status);
            lastStatus = status;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
