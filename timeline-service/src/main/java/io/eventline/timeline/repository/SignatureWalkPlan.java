package io.eventline.timeline.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds the planner to the signature walk for the statements run while it is open (one transaction, settings
 * local to it). PostgreSQL cannot estimate how many index entries pass a signature test, so left alone it may
 * judge the test very selective and prefer reading the whole table and sorting it (1.8 s on a million events
 * instead of 5-25 ms). Without sequential and bitmap scans, the ordered walk of a covering index is what remains;
 * without parallel workers it stops as soon as the page is full instead of paying for workers' start-up.
 */
public final class SignatureWalkPlan implements AutoCloseable {

    private static final String SETTINGS = "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; "
            + "SET LOCAL max_parallel_workers_per_gather = 0";

    private final Connection connection;
    private final boolean autoCommit;

    private SignatureWalkPlan(Connection connection, boolean autoCommit) {
        this.connection = connection;
        this.autoCommit = autoCommit;
    }

    public static SignatureWalkPlan enter(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SETTINGS);
        }
        return new SignatureWalkPlan(connection, autoCommit);
    }

    /** Ends the read-only transaction, which drops the settings, and gives the connection back as it came. */
    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
