package com.trustpay.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM, and a fresh database on it for whoever asks.
 *
 * <p>The server is, in order of preference: the one at {@code TEST_PG_URL} (a JDBC URL to any database on
 * it, credentials as URL parameters, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}),
 * a Testcontainers PostgreSQL when a Docker engine answers, or an embedded PostgreSQL (zonky). Databases
 * made here are dropped when the JVM exits, and ones left by a JVM that died are dropped by the next run.
 */
public final class TestPostgres {

    /** Every database this class creates starts with this, then the creation time in epoch seconds. */
    static final String PREFIX = "tpt_";

    private static final long STALE_AFTER_SECONDS = 6 * 3600;
    private static TestPostgres instance;

    private final Server server;
    private final List<String> created = new ArrayList<>();

    private TestPostgres(Server server) {
        this.server = server;
        dropStaleDatabases();
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreatedDatabases, "drop-test-databases"));
    }

    public static synchronized TestPostgres instance() {
        if (instance == null) {
            instance = new TestPostgres(startServer());
        }
        return instance;
    }

    /** Creates an empty database whose name includes {@code hint}, for one test class. */
    public synchronized TestDatabase newDatabase(String hint) {
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + sanitise(hint) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        execute("CREATE DATABASE " + name);
        created.add(name);
        return new TestDatabase(server.urlOf(name), server.username(), server.password(), name);
    }

    /** Which kind of server is in use: {@code TEST_PG_URL}, {@code testcontainers} or {@code embedded}. */
    public String source() {
        return server.source();
    }

    private static String sanitise(String hint) {
        String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return cleaned.length() > 30 ? cleaned.substring(cleaned.length() - 30) : cleaned;
    }

    private void dropStaleDatabases() {
        long cutoff = Instant.now().getEpochSecond() - STALE_AFTER_SECONDS;
        try (Connection c = server.adminConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            List<String> stale = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.split("_");
                if (parts.length > 1 && parts[1].matches("\\d+") && Long.parseLong(parts[1]) < cutoff) {
                    stale.add(name);
                }
            }
            stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list test databases", e);
        }
    }

    private synchronized void dropCreatedDatabases() {
        for (String name : created) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
        created.clear();
    }

    private void execute(String sql) {
        try (Connection c = server.adminConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static Server startServer() {
        String url = System.getenv("TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return Server.fromUrl(url.trim(), "TEST_PG_URL");
        }
        if (DockerProbe.dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            String base = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?");
            return Server.fromUrl(
                    base + "user=" + container.getUsername() + "&password=" + container.getPassword(),
                    "testcontainers");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded), "stop-embedded-pg"));
            return Server.fromUrl(embedded.getJdbcUrl("postgres", "postgres"), "embedded");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /** Connection facts of the server, parsed from a JDBC URL to its admin database. */
    record Server(String adminUrl, String hostPort, String query, String username, String password, String source) {

        static Server fromUrl(String jdbcUrl, String source) {
            String rest = jdbcUrl.substring("jdbc:postgresql://".length());
            int slash = rest.indexOf('/');
            String hostPort = rest.substring(0, slash);
            String dbAndQuery = rest.substring(slash + 1);
            int q = dbAndQuery.indexOf('?');
            String query = q < 0 ? "" : dbAndQuery.substring(q + 1);
            String user = param(query, "user", "postgres");
            String password = param(query, "password", "");
            return new Server(jdbcUrl, hostPort, query, user, password, source);
        }

        private static String param(String query, String name, String fallback) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
            return fallback;
        }

        String urlOf(String database) {
            return "jdbc:postgresql://" + hostPort + "/" + database;
        }

        Connection adminConnection() throws SQLException {
            return DriverManager.getConnection(urlOf(adminDatabase()), username, password);
        }

        private String adminDatabase() {
            String rest = adminUrl.substring(("jdbc:postgresql://" + hostPort + "/").length());
            int q = rest.indexOf('?');
            return q < 0 ? rest : rest.substring(0, q);
        }
    }
}
