package com.trustpay.systemtests.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.devstack.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scans the logs every service wrote during the system tests ({@code target/stack-logs}). Run by failsafe's
 * {@code stack-logs-scan} execution, after the system tests' own execution has stopped the stack (see the pom);
 * the name does not end in IT, so the system tests' execution never runs it first.
 */
class StackLogsScan {

    /** Public and not personal: the merchant's own VPA, printed on every QR code. */
    private static final Set<String> MERCHANT_VPAS = Set.of("trustpay@sandbox");

    @Test
    void noServiceLoggedASecretAFullVpaOrAWebhookBody() {
        Path root = Path.of(System.getProperty("trustpay.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path logs = root.resolve("system-tests/target/stack-logs");
        List<String> expected =
                Arrays.stream(Service.values()).map(s -> s.module() + ".log").toList();
        assertThat(logs).as("the system tests ran the stack before this scan").isDirectory();
        for (String log : expected) {
            assertThat(logs.resolve(log)).as("every service wrote a log").exists();
            assertThat(Files.isRegularFile(logs.resolve(log))).isTrue();
        }

        LogScanner scanner = new LogScanner(LogScanner.configuredSecrets(root), MERCHANT_VPAS);
        List<LogScanner.Finding> findings = scanner.scanDirectory(logs);

        assertThat(findings).as("lines that leak sensitive data").isEmpty();
    }
}
