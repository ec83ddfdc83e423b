package com.trustpay.systemtests.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the {@code axe.min.js} inside Deque's {@code com.deque.html.axe-core:selenium} jar, run by our own
 * Selenium) on the page a browser shows now. Serious and critical violations fail a journey: missing labels and
 * button names, too little colour contrast, broken ARIA and the like. Every violation, the moderate and minor best
 * practices too, is written to {@code target/screenshots/accessibility.txt} beside the screenshots.
 */
final class Accessibility {

    private static final String AXE = load("axe.min.js");

    static final Path REPORT = Browser.SCREENSHOTS.resolve("accessibility.txt");

    /** Runs axe on the whole document and answers with its violations, a map per rule (id, impact, help, targets). */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(
              (r) => done(r.violations
                .map((v) => ({id: v.id, impact: String(v.impact), help: v.help,
                  targets: v.nodes.map((n) => n.target.join(' ')).join(', ')}))),
              (e) => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));
            """;

    private Accessibility() {}

    /** One rule broken on one screen, with the selectors of the elements that break it. */
    record Violation(String screen, String rule, String impact, String help, String targets) {

        /** What fails a journey: axe's "serious" and "critical". */
        boolean serious() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return "%s: %s (%s) %s → %s".formatted(screen, rule, impact, help, targets);
        }
    }

    /**
     * Every violation on the current page, also appended to {@link #REPORT}. axe is injected once per document (a
     * hash route keeps it, a reload or new tab needs it again).
     */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(JavascriptExecutor page, String screen) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        List<Violation> found = ((List<Map<String, Object>>) page.executeAsyncScript(RUN))
                .stream()
                        .map(v -> new Violation(
                                screen, text(v, "id"), text(v, "impact"), text(v, "help"), text(v, "targets")))
                        .toList();
        report(screen, found);
        return found;
    }

    private static String text(Map<String, Object> violation, String key) {
        return String.valueOf(violation.get(key));
    }

    /** Whether this run wrote the report yet: the first write starts it anew, the others append. */
    private static boolean reportStarted;

    private static synchronized void report(String screen, List<Violation> found) {
        StringBuilder lines = new StringBuilder(screen + ": " + found.size() + " violation(s)\n");
        found.forEach(v -> lines.append("  ").append(v).append('\n'));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(
                    REPORT,
                    lines,
                    StandardOpenOption.CREATE,
                    reportStarted ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            reportStarted = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load(String resource) {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
