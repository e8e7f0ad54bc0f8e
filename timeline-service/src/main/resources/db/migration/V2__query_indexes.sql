-- Read-side indexes of timeline-service (owned by the query side; V1 is the shared schema).
-- Each timeline slice first selects the (date, id) keys of its page and only then fetches those rows; the indexes
-- below carry every filter column except the full-text vector (INCLUDE), so that the key selection is an
-- index-only scan: walking the timeline in order and skipping non-matching events never touches the table.
-- Full-text filters use V1's GIN index on search.
--
-- Filter columns carried: type, status, source_count, actors_lc, locations_lc.

-- Dated events in timeline order (the key order of V1's event_order_idx, plus the filter columns).
CREATE INDEX event_timeline_idx ON event (date, id)
    INCLUDE (type, status, source_count, actors_lc, locations_lc)
    WHERE date IS NOT NULL;

-- Multi-day events (week / month / year precision, ranges) in timeline order, with their end: events that began
-- shortly before a requested window and still run in it are found in a bounded range of this index. Partial,
-- because single-day events (most of them) cannot straddle a window start.
CREATE INDEX event_multiday_idx ON event (date, id)
    INCLUDE (date_end, type, status, source_count, actors_lc, locations_lc)
    WHERE date_end > date;

-- Undated events, listed last by id; a few percent of events, so a small index.
CREATE INDEX event_undated_idx ON event (id)
    INCLUDE (type, status, source_count, actors_lc, locations_lc)
    WHERE date IS NULL;

-- Long-running events (more than 400 days, TimelineQuerySql.LONG_SPAN_DAYS) that started long before a requested
-- window and still run inside it: found by "range contains the window start". Partial: few events are that long.
CREATE INDEX event_long_span_idx ON event USING gist (daterange(date, date_end, '[]'))
    WHERE (date_end - date) > 400;
-- Without statistics on the span the planner guesses a third of all events are long-running and walks the
-- timeline index instead of the small GiST index above (1.5 s instead of a few ms on a million events).
CREATE STATISTICS event_span_stats ON (date_end - date) FROM event;

-- GET /api/events/{id} for an id that was merged away: which MERGED change folded it into which event.
CREATE INDEX event_change_merged_ids_idx ON event_change USING gin ((payload -> 'mergedEventIds') jsonb_path_ops)
    WHERE change_type = 'MERGED';
