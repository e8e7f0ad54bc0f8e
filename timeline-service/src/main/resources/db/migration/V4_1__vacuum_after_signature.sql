-- V4 rewrote the event table (a stored generated column was added), which leaves its visibility map empty: until
-- the table is vacuumed, index-only scans of the covering timeline indexes must visit the table for every entry.
-- Autovacuum does not count a rewrite as changed rows, so it may not come soon; vacuum here.
-- VACUUM cannot run inside a transaction block: see the .conf file next to this script.
VACUUM (ANALYZE) event;
