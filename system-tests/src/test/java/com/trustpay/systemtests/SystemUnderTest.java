package com.trustpay.systemtests;

import com.trustpay.devstack.Api;
import com.trustpay.devstack.Service;
import com.trustpay.devstack.Stack;
import com.trustpay.devstack.StackOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The whole TrustPay suite as real processes, started once per test JVM from the built jars: in-process Kafka,
 * fresh databases on the local (or embedded) PostgreSQL, the sandbox at a high clock speed, and every service.
 * Tests keep apart by using escrows of their own.
 */
public final class SystemUnderTest {

    /** Virtual-clock speed of the sandbox: its 3-minute webhook backoff passes in 3 s, a 5 s payout in 83 ms. */
    static final double SANDBOX_SPEED = 60;

    /** How long one day of an inspection period lasts in the system tests. */
    public static final Duration INSPECTION_DAY = Duration.ofSeconds(4);

    private static Stack stack;
    private static Duration startUp;

    private SystemUnderTest() {}

    static synchronized Stack stack() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("trustpay.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            String prefix = "tps_" + UUID.randomUUID().toString().substring(0, 8) + "_";
            StackOptions options = StackOptions.isolated(
                            root, root.resolve("system-tests/target/stack-logs"), prefix, SANDBOX_SPEED)
                    // Polling compressed so a lost webhook is settled in seconds, not minutes.
                    .withEnv(Service.PAYMENT, "PAYMENT_POLLING_FIRST_AFTER", "2s")
                    .withEnv(Service.PAYMENT, "PAYMENT_POLLING_PHASES_0_EVERY", "1s")
                    .withEnv(Service.PAYMENT, "PAYMENT_POLLING_PHASES_0_LASTING", "30m")
                    .withEnv(Service.PAYMENT, "PAYMENT_POLLING_TICK", "250ms")
                    .withEnv(Service.PAYMENT, "PAYMENT_ATTEMPTS_RECOVERY_AFTER", "3s")
                    .withEnv(Service.PAYMENT, "PAYMENT_PAYOUTS_RECOVERY_AFTER", "3s")
                    .withEnv(Service.PAYMENT, "PAYOUT_BACKOFF_BASE", "500ms")
                    // PhonePe PG takes new attempts while Setu's breaker is open (the stack's routing order); the
                    // breaker decides quickly here.
                    .withEnv(Service.PAYMENT, "PAYMENT_ROUTING_BREAKER_WINDOW", "4")
                    .withEnv(Service.PAYMENT, "PAYMENT_ROUTING_BREAKER_MINIMUM_CALLS", "2")
                    .withEnv(Service.PAYMENT, "PAYMENT_ROUTING_OPEN_FOR", "2s")
                    .withEnv(Service.PAYMENT, "PAYMENT_ROUTING_PROBE_EVERY", "500ms")
                    // The sandbox expires requests on its 60x clock: 15 virtual minutes pass in 15 s.
                    .withEnv(Service.PAYMENT, "PAYMENT_REQUEST_EXPIRY", "15m")
                    // An inspection "day" lasts seconds (sandbox profile only, ADR 0018): a 3-day period lapses in
                    // 12 s, and both escrow-service instances of InspectionLapseIT look for lapsed ones twice a second.
                    .withEnv(Service.ESCROW, "TRUSTPAY_ESCROW_INSPECTION_DAY_LENGTH", INSPECTION_DAY.toString())
                    .withEnv(Service.ESCROW, "TRUSTPAY_ESCROW_INSPECTION_SWEEP", "500ms")
                    // Screens refresh from the notification stream; the polling fallback is pushed out of the
                    // tests' reach, so a browser journey that sees a change without a reload saw it from the stream.
                    .withEnv(Service.GATEWAY, "UI_POLL_MILLIS", "600000")
                    .withEnv(Service.GATEWAY, "RATE_LIMIT_USER_PER_SECOND", "1000")
                    .withEnv(Service.GATEWAY, "RATE_LIMIT_USER_BURST", "2000")
                    .withEnv(Service.GATEWAY, "RATE_LIMIT_CLIENT_PER_SECOND", "1000")
                    .withEnv(Service.GATEWAY, "RATE_LIMIT_CLIENT_BURST", "2000");
            Instant started = Instant.now();
            try {
                stack = Stack.start(options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            startUp = Duration.between(started, Instant.now());
            System.out.printf("System under test ready in %.1f s%n", startUp.toMillis() / 1000.0);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-system-under-test"));
        }
        return stack;
    }

    /** Where a person's browser goes: the gateway, which serves the UI. */
    public static String gatewayUrl() {
        return stack().url(Service.GATEWAY);
    }

    /** The money rules, checked against this stack's sandbox and payment-service (for the browser journeys). */
    public static MoneyInvariants money() {
        Stack s = stack();
        return new MoneyInvariants(new SandboxAdmin(s.url(Service.SANDBOX)), new Api(s.url(Service.PAYMENT)));
    }

    /** The public API: through the gateway when it runs, else escrow-service directly. */
    static String apiBase() {
        Stack s = stack();
        return s.runs(Service.GATEWAY) ? s.url(Service.GATEWAY) : s.url(Service.ESCROW);
    }
}
