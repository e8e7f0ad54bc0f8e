package io.eventline.timeline.bench;

import io.eventline.stack.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Schema and server set-up of the benchmark database. */
final class BenchmarkDatabase {


    private BenchmarkDatabase() {
    }

    /**
     * Production-like memory: the zonky test server runs with PostgreSQL's 128 MB shared_buffers. The benchmark
     * database is 1.6 GB at a million events (event table 1.1 GB with its indexes, mentions 0.5 GB); a server for it
     * gets the usual quarter of a 16-24 GB machine's RAM, 4 GB, so that its working set stays in shared buffers.
     * Written to postgresql.auto.conf, read at (re)start.
     */
    static void tune(Path dataDir) {
        // ALTER SYSTEM needs a superuser; the eventline role is not one.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startPersistent(dataDir, 0);
             Connection c = java.sql.DriverManager.getConnection(
                     "jdbc:postgresql://localhost:" + postgres.port() + "/postgres", "postgres", "postgres");
             Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET shared_buffers = '4GB'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not tune the benchmark server", e);
        }
    }

    /**
     * Loads the timeline tables and their indexes into shared buffers, as a server that has been serving queries
     * (or restarted with pg_prewarm's autoprewarm, as production should be) holds them: the benchmark then
     * measures queries, not a cold start reading the disk. Returns the number of 8 kB blocks loaded.
     */
    static long prewarm(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.port() + "/" + EmbeddedPostgres.DATABASE, "postgres", "postgres");
             Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
            try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(pg_prewarm(c.oid)), 0) FROM pg_class c "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                    + "AND c.relkind IN ('r', 'i') AND c.relname NOT LIKE 'flyway%'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Applies the real migrations. Kept data from an earlier run gets the migrations added since (pending ones are
     * fine); a migration edited after the data was loaded cannot be replayed on it, so the run stops and asks for a
     * fresh load.
     */
    static void migrate(EmbeddedPostgres postgres) {
        Flyway flyway = Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .locations("classpath:db/migration").ignoreMigrationPatterns("*:pending").load();
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
            throw new IllegalStateException("the kept benchmark database was migrated with different scripts ("
                    + validation.getAllErrorMessages() + "); run again with -Dbench.fresh=true");
        }
        flyway.migrate();
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void truncate(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("TRUNCATE mention, event, article, event_change RESTART IDENTITY CASCADE");
        }
    }

    static void printSettings(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version(), current_setting('shared_buffers'), "
                     + "pg_size_pretty(pg_total_relation_size('event'))")) {
            rs.next();
            System.out.printf("%s; shared_buffers=%s; event table with indexes %s%n",
                    rs.getString(1).replaceAll(" on .*", ""), rs.getString(2), rs.getString(3));
        }
    }
}
