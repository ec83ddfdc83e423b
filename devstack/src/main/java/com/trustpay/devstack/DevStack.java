package com.trustpay.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code devstack/run}: starts everything and waits for Ctrl-C. {@code devstack/run demo}: walks one escrow
 * through its life against the running stack.
 */
public final class DevStack {

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("devstack.root", "."))
                .toAbsolutePath()
                .normalize();
        if (args.length > 0 && args[0].equals("demo")) {
            String api = args.length > 1 ? args[1] : "http://127.0.0.1:" + Service.GATEWAY.defaultPort();
            new Demo(api, "http://127.0.0.1:" + Service.SANDBOX.defaultPort(), System.out).run();
            return;
        }
        Instant started = Instant.now();
        StackOptions options = StackOptions.devstack(root);
        System.out.println("Starting Kafka, PostgreSQL and the services; logs in " + options.logDir());
        Stack stack = Stack.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping TrustPay devstack…");
                            stack.close();
                            System.out.println("Stopped.");
                            stopped.countDown();
                        },
                        "devstack-stop"));
        System.out.println("Kafka      " + stack.kafkaBootstrap());
        System.out.println("PostgreSQL " + stack.describePostgres());
        for (Service service : Service.values()) {
            if (stack.runs(service)) {
                System.out.printf(
                        "%-16s %s   management %s   (log %s)%n",
                        service.module(),
                        stack.url(service),
                        service.hasManagementPort() ? stack.managementUrl(service) : "-",
                        stack.log(service));
            }
        }
        System.out.println("Mail (SMTP) 127.0.0.1:" + stack.mail().smtpPort() + "; read what was sent at "
                + stack.mail().pageUrl());
        stack.zipkin().ifPresent(z -> System.out.println("Zipkin (traces) " + z.url() + "/zipkin/"));
        if (stack.runs(Service.GATEWAY)) {
            System.out.println("Open the app: " + stack.url(Service.GATEWAY) + "/");
        }
        Duration took = Duration.between(started, Instant.now());
        System.out.printf("Ready in %.1f s%n", took.toMillis() / 1000.0);
        System.out.println("TrustPay devstack ready");
        stopped.await();
    }
}
