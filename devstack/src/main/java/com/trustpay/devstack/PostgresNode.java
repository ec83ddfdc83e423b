package com.trustpay.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL for the stack: the server on 127.0.0.1:5432 when it answers (user postgres), else an embedded one.
 * Creates each service's database when it is missing.
 */
final class PostgresNode implements AutoCloseable {

    private final String hostPort;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresNode(String hostPort, String username, String password, EmbeddedPostgres embedded) {
        this.hostPort = hostPort;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    static PostgresNode start(String hostPort, String username, String password) throws IOException {
        if (answers(hostPort, username, password)) {
            return new PostgresNode(hostPort, username, password, null);
        }
        int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().setPort(port).start();
        return new PostgresNode("127.0.0.1:" + port, "postgres", "postgres", embedded);
    }

    private static boolean answers(String hostPort, String username, String password) {
        try (Connection ignored = DriverManager.getConnection(url(hostPort, "postgres"), username, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String url(String hostPort, String database) {
        return "jdbc:postgresql://" + hostPort + "/" + database;
    }

    /** Creates the database if it does not exist, and returns its JDBC URL. */
    String ensureDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url(hostPort, "postgres"), username, password);
                Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
            return url(hostPort, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Drops the database (system tests clean up after themselves). */
    void dropDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url(hostPort, "postgres"), username, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + name + ": " + e.getMessage());
        }
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String describe() {
        return (embedded == null ? "PostgreSQL at " : "embedded PostgreSQL at ") + hostPort;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
