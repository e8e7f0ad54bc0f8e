package io.eventline.timeline.bench;

import io.eventline.stack.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Schema and server set-up of the benchmark database. */
final class BenchmarkDatabase {

    private static final String QUERY_INDEXES = "db/migration/V2__query_indexes.sql";
    private static final Pattern STATISTICS_NAME = Pattern.compile("CREATE STATISTICS (\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX_NAME = Pattern.compile("CREATE INDEX (\\w+)", Pattern.CASE_INSENSITIVE);

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

    static void migrate(EmbeddedPostgres postgres) throws SQLException, IOException {
        Flyway flyway = Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .locations("classpath:db/migration").load();
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful && count(postgres, "flyway_schema_history") > 0) {
            // Kept data, edited query indexes: rebuild them on the kept rows and record the new checksum.
            String script = classpathText(QUERY_INDEXES);
            java.util.Set<String> declared = new java.util.HashSet<>();
            for (String migration : new String[] {"db/migration/V1__timeline.sql", QUERY_INDEXES}) {
                Matcher m = INDEX_NAME.matcher(classpathText(migration));
                while (m.find()) {
                    declared.add(m.group(1));
                }
            }
            try (Connection c = postgres.connect(); Statement st = c.createStatement()) {
                java.util.List<String> existing = new java.util.ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = "
                        + "current_schema() AND indexname NOT IN (SELECT conname FROM pg_constraint)")) {
                    while (rs.next()) {
                        existing.add(rs.getString(1));
                    }
                }
                Matcher m = INDEX_NAME.matcher(script);
                while (m.find()) {
                    st.execute("DROP INDEX IF EXISTS " + m.group(1));
                }
                Matcher stats = STATISTICS_NAME.matcher(script);
                while (stats.find()) {
                    st.execute("DROP STATISTICS IF EXISTS " + stats.group(1));
                }
                for (String index : existing) {
                    if (!declared.contains(index)) {
                        st.execute("DROP INDEX IF EXISTS " + index); // an index a previous V2 had
                    }
                }
                st.execute("SET maintenance_work_mem = '512MB'");
                st.execute(script);
                st.execute("VACUUM ANALYZE event");
            }
            flyway.repair();
            System.out.println("re-applied " + QUERY_INDEXES + " to the kept data");
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

    private static long count(EmbeddedPostgres postgres, String table) throws SQLException {
        try (Connection c = postgres.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = '" + table + "'")) {
            rs.next();
            return rs.getLong(1) == 0 ? 0 : count(c, table);
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

    private static String classpathText(String resource) throws IOException {
        try (InputStream in = BenchmarkDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
