package com.trustpay.systemtests.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must never be in a log line (ARCHITECTURE: "secrets only from the environment; never logged. VPAs and raw
 * webhook bodies are sensitive data"): a JWT, an Authorization/Bearer value, a private key, any of the secrets the
 * stack configures, a full VPA ({@code name@bank}; e-mail addresses, whose domain has a dot, are not VPAs) or a
 * provider's webhook body.
 */
public final class LogScanner {

    /** One offending line. */
    public record Finding(String file, int line, String rule, String text) {
        @Override
        public String toString() {
            return file + ":" + line + " [" + rule + "] " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private record Rule(String name, Pattern pattern) {}

    private static final List<Rule> SHAPES = List.of(
            new Rule("jwt", Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}")),
            new Rule(
                    "authorization",
                    Pattern.compile(
                            "(?i)authorization[\"']?\\s*[:=]\\s*[\"']?(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{6,}")),
            new Rule("bearer", Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]{16,}")),
            new Rule("private-key", Pattern.compile("PRIVATE KEY-----|MII[A-Za-z0-9+/]{60,}")),
            new Rule(
                    "webhook-body",
                    Pattern.compile("\"eventType\"\\s*:|\"entity\"\\s*:\\s*\"event\"|\"contains\"\\s*:\\s*\\[")));

    /**
     * {@code local@handle} where the handle has no dot (UPI handles: upi, okaxis, ybl…). Not Java's
     * {@code Type@1a2b3c} identity hashes (an all-hex handle) and not a {@code user@host:port} address.
     */
    private static final Pattern VPA = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._-]{0,63})@([A-Za-z][A-Za-z0-9-]{1,63})(?![A-Za-z0-9.:-])");

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    /** {@code key: ${ENV_NAME:default}} in a Spring configuration file. */
    private static final Pattern CONFIGURED =
            Pattern.compile("^\\s*([A-Za-z0-9_.-]+):\\s*\\$\\{([A-Za-z0-9_]+):([^}]+)}\\s*$");

    private final Set<String> secrets;
    private final Set<String> allowedVpas;

    public LogScanner(Collection<String> secrets, Collection<String> allowedVpas) {
        this.secrets = new LinkedHashSet<>(secrets);
        this.allowedVpas = new LinkedHashSet<>(allowedVpas);
    }

    /**
     * The secret defaults in the modules' {@code application*.yml}: every {@code ${NAME:value}} whose key or
     * variable names a secret, token or password (the values the sandbox profile and the stack run with).
     */
    public static Set<String> configuredSecrets(Path root) {
        Set<String> found = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(root, 6)) {
            for (Path file : files.filter(LogScanner::isServiceConfig).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = CONFIGURED.matcher(line);
                    if (m.matches()
                            && (secretName(m.group(1)) || secretName(m.group(2)))
                            && m.group(3).trim().length() >= 8) {
                        found.add(m.group(3).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static boolean isServiceConfig(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("application")
                && name.endsWith(".yml")
                && file.toString().contains("/src/main/resources/");
    }

    private static boolean secretName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return (n.contains("secret") || n.contains("token") || n.contains("password")) && !n.endsWith("ttl");
    }

    /** Every offending line of every {@code *.log} file under the directory. */
    public List<Finding> scanDirectory(Path dir) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    findings.addAll(scan(file.getFileName().toString(), i + 1, lines.get(i)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** What is wrong with one log line (empty if nothing). */
    public List<Finding> scan(String file, int number, String line) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : SHAPES) {
            if (rule.pattern().matcher(line).find()) {
                findings.add(new Finding(file, number, rule.name(), line));
            }
        }
        for (String secret : secrets) {
            if (line.contains(secret)) {
                findings.add(new Finding(file, number, "configured-secret", line));
                break;
            }
        }
        Matcher vpa = VPA.matcher(line);
        while (vpa.find()) {
            if (!HEX.matcher(vpa.group(2)).matches() && !allowedVpas.contains(vpa.group())) {
                findings.add(new Finding(file, number, "full-vpa", line));
                break;
            }
        }
        return findings;
    }
}
