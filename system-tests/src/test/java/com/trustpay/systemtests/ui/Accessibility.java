package com.trustpay.systemtests.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the {@code axe.min.js} inside Deque's {@code com.deque.html.axe-core:selenium} jar, run by our own
 * Selenium) on the page a browser shows now. Only serious and critical violations count: missing labels and button
 * names, too little colour contrast, broken ARIA and the like; axe's "moderate" best practices are left out.
 */
final class Accessibility {

    private static final String AXE = load("axe.min.js");

    /** Runs axe on the whole document and answers with its violations, a map per rule (id, impact, help, targets). */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(
              (r) => done(r.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => ({id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.map((n) => n.target.join(' ')).join(', ')}))),
              (e) => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));
            """;

    private Accessibility() {}

    /**
     * The serious and critical violations on the current page, one line each: {@code screen: rule (impact) help →
     * selectors}. axe is injected once per document (a hash route keeps it, a reload or new tab needs it again).
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor page, String screen) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> "%s: %s (%s) %s → %s"
                        .formatted(screen, v.get("id"), v.get("impact"), v.get("help"), v.get("targets")))
                .toList();
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
