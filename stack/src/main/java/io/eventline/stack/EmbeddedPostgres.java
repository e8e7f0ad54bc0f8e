package io.eventline.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (binaries shipped in the io.zonky.test Maven artifacts) with an {@code eventline}
 * database and role. With a data directory the cluster is kept on close and reused by the next start; without
 * one it lives in a temporary directory removed on close (tests).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "eventline";
    public static final String USERNAME = "eventline";
    public static final String PASSWORD = "eventline";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
        createDatabase(DATABASE);
    }

    /** A throw-away server on a free port. */
    public static EmbeddedPostgres startTemporary() {
        try {
            return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    /**
     * A server whose cluster lives in {@code dataDir} and survives restarts.
     *
     * @param port 5432 for the local stack; 0 picks a free one
     */
    public static EmbeddedPostgres startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setDataDirectory(dataDir)
                            .setCleanDataDirectory(false)
                            .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** The URL of another database of this server, e.g. one made by {@link #createDatabase(String)}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** A new connection to the {@code eventline} database as the {@code eventline} role. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USERNAME, PASSWORD);
    }

    /**
     * Creates a database owned by the {@code eventline} role (and the role) unless they exist; returns its URL.
     *
     * @param database a plain lower-case identifier
     */
    public String createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String adminUrl = "jdbc:postgresql://localhost:" + port() + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "postgres");
             Statement st = c.createStatement()) {
            if (!exists(st, "SELECT 1 FROM pg_roles WHERE rolname = '" + USERNAME + "'")) {
                st.execute("CREATE ROLE " + USERNAME + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            if (!exists(st, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                st.execute("CREATE DATABASE " + database + " OWNER " + USERNAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + database + " database", e);
        }
        return jdbcUrl(database);
    }

    private static boolean exists(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }
}
