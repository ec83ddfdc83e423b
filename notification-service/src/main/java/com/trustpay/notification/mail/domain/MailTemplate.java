package com.trustpay.notification.mail.domain;

import java.util.Map;

/**
 * Fills the HTML and plain-text templates ({@code {{name}}} placeholders). Values are escaped for HTML in the HTML
 * version, so no text from an event can inject markup into a mail.
 */
public record MailTemplate(String html, String text) {

    /** The HTML and text bodies for {@code values}; a placeholder without a value becomes empty. */
    public Rendered render(Map<String, String> values) {
        return new Rendered(fill(html, values, true), fill(text, values, false));
    }

    /** A mail's two bodies. */
    public record Rendered(String html, String text) {}

    private static String fill(String template, Map<String, String> values, boolean escape) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf("}}", open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 2, close).strip();
            String value = values.getOrDefault(name, "");
            out.append(escape ? escapeHtml(value) : value);
            i = close + 2;
        }
        return out.toString();
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
